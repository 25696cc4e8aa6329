package nl.samenduurzaam.portal.notification.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Sends new mail as soon as the transaction that queued it commits, instead of at the sender's next round: once per
 * transaction, on another thread (the committing request does not wait for the SMTP server). A rolled-back
 * transaction sends nothing, as its mail is gone with it.
 */
@Stateless
public class OutboxKick {

    private static final Object REGISTERED = OutboxKick.class;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private OutboxSender sender;

    /** Asks for a sending round after the current transaction commits. */
    public void afterCommit() {
        if (transaction.getTransactionKey() == null || transaction.getResource(REGISTERED) != null) {
            return;
        }
        transaction.putResource(REGISTERED, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(sender::deliverDue);
                }
            }
        });
    }
}
