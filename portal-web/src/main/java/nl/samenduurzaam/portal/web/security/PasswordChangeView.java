package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.PasswordChange;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.time.Instant;

/**
 * "Change password" on the page "Mijn gegevens". The passwords live for one request only and are dropped after it,
 * refused or not, so no page or view state keeps them. The account's other sessions end with the change
 * ({@code CredentialChanges}).
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
            stayLoggedInHere();
            Messages.addGlobalInfo("password.changed");
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
    }

    /**
     * The change ends every session logged in before it; this one, where the person just proved the password, goes
     * on as a new login under a new session id.
     */
    private static void stayLoggedInHere() {
        HttpServletRequest request = Faces.getRequest();
        HttpSession session = request.getSession();
        SignedInCaller caller = SignedInCaller.of(session);
        if (caller != null) {
            new SignedInCaller(caller.name(), caller.groups(), Instant.now()).keepIn(session);
        }
        request.changeSessionId();
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
