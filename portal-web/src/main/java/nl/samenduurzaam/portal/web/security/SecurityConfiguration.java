package nl.samenduurzaam.portal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import nl.samenduurzaam.portal.security.PortalRoles;

/**
 * Form login through the portal's own JSF login page; credentials are checked by {@link PortalIdentityStore}.
 * A protected page redirects (not forwards) to the login page, so the login page's URL is its own.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER,
        PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
