package nl.samenduurzaam.portal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import nl.samenduurzaam.portal.security.PortalRoles;

/**
 * The portal's roles. Form login through the portal's own JSF login page is {@link SessionAuthenticationMechanism};
 * credentials are checked by {@link PortalIdentityStore}.
 */
@DeclareRoles({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER,
        PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
