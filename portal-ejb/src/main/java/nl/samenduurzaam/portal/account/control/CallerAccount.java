package nl.samenduurzaam.portal.account.control;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.security.Caller;

/** The account of whoever calls the boundary: organisation scoping starts here. */
@Stateless
public class CallerAccount {

    @Inject
    private Caller caller;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Account get() {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", caller.username())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new EJBAccessException("No account for the caller"));
    }
}
