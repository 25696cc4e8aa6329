package nl.samenduurzaam.portal.account.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** The account of whoever calls the boundary: organisation scoping starts here. */
@Stateless
@DeclareRoles({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER,
        PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
public class CallerAccount {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public String username() {
        return context.getCallerPrincipal().getName();
    }

    public Account get() {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new EJBAccessException("No account for the caller"));
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
