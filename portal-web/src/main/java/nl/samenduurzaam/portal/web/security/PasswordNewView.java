package nl.samenduurzaam.portal.web.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.account.boundary.PasswordResets;
import nl.samenduurzaam.portal.account.entity.LinkPurpose;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * The page of a reset or invitation mail's link: a password for the link's account, without logging in. The
 * passwords are dropped at the end of the request that sends them, whatever its outcome; the link works once. The
 * view keeps what the link is for, so that the form it shows also takes the answer.
 */
@Named
@ViewScoped
public class PasswordNewView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String REPEAT_FIELD = "new-password-form:repeat-password";

    @Inject
    private PasswordResets passwordResets;

    private String token;
    private String newPassword;
    private String repeatPassword;
    private LinkPurpose purpose;

    /** Whether the link still works, before the form is shown: a used or expired one says so at once. */
    public void check() {
        purpose = passwordResets.purposeOf(token).orElse(null);
        if (purpose == null) {
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
            purpose = null;
            Messages.addGlobalInfo("password-new.done");
        } finally {
            newPassword = null;
            repeatPassword = null;
        }
    }

    public boolean isUsable() {
        return purpose != null;
    }

    /** An invited person is welcomed; somebody who forgot the password is not. */
    public boolean isInvitation() {
        return purpose == LinkPurpose.INVITATION;
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
