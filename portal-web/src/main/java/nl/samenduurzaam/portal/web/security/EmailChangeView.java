package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.EmailChange;
import org.omnifaces.util.Messages;

/**
 * "E-mail address" on Mijn gegevens: a new address, confirmed by a link mailed to it before it is used. The password
 * lives for one request only.
 */
@Named
@RequestScoped
public class EmailChangeView {

    @Inject
    private Accounts accounts;

    private String newEmail;
    private String currentPassword;
    private String currentEmail;

    /** Where the mail goes now; null when no address is known. */
    public String getCurrentEmail() {
        if (currentEmail == null) {
            currentEmail = accounts.me().email();
        }
        return currentEmail;
    }

    public void request() {
        try {
            accounts.requestEmailChange(new EmailChange(newEmail, currentPassword));
            Messages.addGlobalInfo("email.requested", newEmail.strip());
            newEmail = null;
        } finally {
            currentPassword = null;
        }
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
