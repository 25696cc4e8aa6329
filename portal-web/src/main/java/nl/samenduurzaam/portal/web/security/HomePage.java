package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import nl.samenduurzaam.portal.security.PortalRoles;

/** Where each kind of user starts after logging in: where their work is. */
@ApplicationScoped
public class HomePage {

    public static final String PARTNER_HOME = "partner/ideas.xhtml";
    public static final String CIVIL_SERVANT_HOME = "tasks/index.xhtml";
    public static final String FACILITATOR_HOME = "sessions/index.xhtml";
    public static final String ADMIN_HOME = "admin/index.xhtml";

    public String pathFor(HttpServletRequest request) {
        if (request.isUserInRole(PortalRoles.PARTNER)) {
            return PARTNER_HOME;
        }
        if (PortalRoles.CIVIL_SERVANTS.stream().anyMatch(request::isUserInRole)) {
            return CIVIL_SERVANT_HOME;
        }
        if (request.isUserInRole(PortalRoles.FACILITATOR)) {
            return FACILITATOR_HOME;
        }
        if (request.isUserInRole(PortalRoles.ADMIN)) {
            return ADMIN_HOME;
        }
        return "index.xhtml";
    }
}
