package nl.samenduurzaam.portal.account.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.security.Caller;

/**
 * The account of whoever calls the boundary: organisation scoping starts here. Read once per transaction: a boundary
 * call asks for it per row it filters (may this caller read this idea?), and each read was a query.
 */
@Stateless
public class CallerAccount {

    private static final Object READ_IN_THIS_TRANSACTION = CallerAccount.class;

    @Inject
    private Caller caller;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    public Account get() {
        String username = caller.username();
        boolean inTransaction = transaction.getTransactionKey() != null;
        if (inTransaction && transaction.getResource(READ_IN_THIS_TRANSACTION) instanceof Account known
                && known.getUsername().equals(username)) {
            return known;
        }
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new EJBAccessException("No account for the caller"));
        if (inTransaction) {
            transaction.putResource(READ_IN_THIS_TRANSACTION, account);
        }
        return account;
    }
}
