package nl.samenduurzaam.portal.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who calls the boundary: the username and the portal roles of the EJB call's caller. Every feature may use it
 * (the audit trail, organisation scoping); the caller's account entity is {@code account.control.CallerAccount}.
 */
@Stateless
@DeclareRoles({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER,
        PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
public class Caller {

    @Resource
    private SessionContext context;

    public String username() {
        return context.getCallerPrincipal().getName();
    }

    public boolean isInRole(String role) {
        return context.isCallerInRole(role);
    }

    /** Whether the caller has one of the roles: one call of this bean instead of one per role. */
    public boolean isInAnyRole(Collection<String> roles) {
        return roles.stream().anyMatch(context::isCallerInRole);
    }

    /** The caller's portal roles. */
    public Set<String> roles() {
        return PortalRoles.ALL.stream().filter(context::isCallerInRole).collect(Collectors.toUnmodifiableSet());
    }
}
