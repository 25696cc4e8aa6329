package nl.samenduurzaam.workflow.engine;

import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * Runs engine commands in container-managed transactions. The EJB container, not the engine, begins, joins, suspends
 * and ends the JTA transaction, so the engine's connection is enlisted in it on every thread, the job executor's
 * included (begun by the engine itself on a job thread, the transaction did not enlist the connection: a job's
 * statements committed one by one). A failed command rolls its transaction back and reaches the engine as it was
 * thrown, so the engine's own handling (optimistic locking, job retries) sees the exception it knows.
 */
@Stateless
@LocalBean
public class ContainerTransactions {

    @Resource
    private SessionContext context;

    /** In the caller's transaction, or a new one when the caller has none. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public <T> T required(Supplier<T> work) {
        return run(work);
    }

    /** Always in a transaction of its own; the caller's waits until it has ended. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T requiresNew(Supplier<T> work) {
        return run(work);
    }

    private <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            context.setRollbackOnly();
            throw new CommandFailedException(failure);
        }
    }
}
