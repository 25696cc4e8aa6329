package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.account.boundary.PasswordResets;
import nl.samenduurzaam.portal.web.i18n.BoundaryErrors;
import org.omnifaces.util.Messages;

import java.util.Map;

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
        try {
            passwordResets.request(identifier);
            Messages.addGlobalInfo("password-reset.requested");
            identifier = null;
        } catch (RuntimeException refused) {
            BoundaryErrors.show(refused, Map.of("identifier", "reset-form:identifier"));
        }
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }
}
