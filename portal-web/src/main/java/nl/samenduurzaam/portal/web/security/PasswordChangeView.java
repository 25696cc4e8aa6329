package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.PasswordChange;
import org.omnifaces.util.Messages;

/**
 * "Change password" on the page "Mijn gegevens". The passwords live for one request only and are dropped after it,
 * refused or not, so no page or view state keeps them.
 */
@Named
@RequestScoped
public class PasswordChangeView {

    static final String REPEAT_FIELD = "password-form:repeat-password";

    @Inject
    private Accounts accounts;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public void change() {
        try {
            if (newPassword != null && !newPassword.equals(repeatPassword)) {
                Messages.addError(REPEAT_FIELD, "account.password.repeat-differs");
                return;
            }
            accounts.changePassword(new PasswordChange(currentPassword, newPassword));
            Messages.addGlobalInfo("password.changed");
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
