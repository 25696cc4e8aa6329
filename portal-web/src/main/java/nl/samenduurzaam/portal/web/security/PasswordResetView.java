package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.account.boundary.PasswordResets;
import org.omnifaces.util.Messages;

/**
 * The "forgot your password" request. The answer is the same whether the account exists or not, so that the page
 * tells nobody which usernames or e-mail addresses are known.
 */
@Named
@RequestScoped
public class PasswordResetView {

    @Inject
    private PasswordResets passwordResets;

    private String identifier;

    public void request() {
        passwordResets.request(identifier);
        Messages.addGlobalInfo("password-reset.requested");
        identifier = null;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }
}
