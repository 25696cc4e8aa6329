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
}
