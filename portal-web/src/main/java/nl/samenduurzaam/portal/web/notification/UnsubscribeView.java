package nl.samenduurzaam.portal.web.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.notification.boundary.MailPreferences;
import nl.samenduurzaam.portal.notification.entity.MailKind;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * The page of the unsubscribe link in a mail, without logging in. It asks before it stops the mail: a mail program
 * or a virus scanner that opens every link must not unsubscribe anybody.
 */
@Named
@ViewScoped
public class UnsubscribeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailPreferences preferences;

    private String token;
    private MailKind kind;
    private boolean done;

    public void check() {
        kind = preferences.kindOf(token).orElse(null);
        if (kind == null) {
            Messages.addGlobalError("mail.unsubscribe.invalid");
        }
    }

    public void unsubscribe() {
        kind = preferences.unsubscribe(token);
        done = true;
        Messages.addGlobalInfo("mail.unsubscribe.done");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public MailKind getKind() {
        return kind;
    }

    public boolean isDone() {
        return done;
    }
}
