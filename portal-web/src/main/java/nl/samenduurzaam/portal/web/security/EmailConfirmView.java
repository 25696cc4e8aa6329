package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.common.PortalException;
import org.omnifaces.util.Messages;

/** The page of the link that confirms a new e-mail address: following it is the confirmation, logged in or not. */
@Named
@RequestScoped
public class EmailConfirmView {

    @Inject
    private Accounts accounts;

    private String token;

    public void confirm() {
        try {
            Messages.addGlobalInfo("email.confirmed", accounts.confirmEmail(token));
        } catch (PortalException invalid) {
            Messages.addGlobalError(invalid.getMessageKey());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
