package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.account.boundary.PasswordResets;
import org.omnifaces.util.Messages;

/**
 * The page of the reset mail's link: a new password for the link's account, without logging in. The passwords live
 * for one request only; the link works once.
 */
@Named
@RequestScoped
public class PasswordNewView {

    static final String REPEAT_FIELD = "new-password-form:repeat-password";

    @Inject
    private PasswordResets passwordResets;

    private String token;
    private String newPassword;
    private String repeatPassword;
    private boolean usable;

    /** Whether the link still works, before the form is shown: a used or expired one says so at once. */
    public void check() {
        usable = passwordResets.isUsable(token);
        if (!usable) {
            Messages.addGlobalError("password-reset.link.invalid");
        }
    }

    public void complete() {
        try {
            if (newPassword != null && !newPassword.equals(repeatPassword)) {
                Messages.addError(REPEAT_FIELD, "account.password.repeat-differs");
                return;
            }
            passwordResets.complete(token, newPassword);
            usable = false;
            Messages.addGlobalInfo("password-new.done");
        } finally {
            newPassword = null;
            repeatPassword = null;
        }
    }

    public boolean isUsable() {
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
