package nl.samenduurzaam.workflow.engine;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** The engine's transaction step, done by the EJB container ({@link ContainerTransactions}). */
class ContainerTransactionInterceptor extends CommandInterceptor {

    private final ContainerTransactions transactions;
    private final boolean requiresNew;

    ContainerTransactionInterceptor(ContainerTransactions transactions, boolean requiresNew) {
        this.transactions = transactions;
        this.requiresNew = requiresNew;
    }

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return requiresNew ? transactions.requiresNew(() -> next.execute(command))
                    : transactions.required(() -> next.execute(command));
        } catch (CommandFailedException failed) {
            throw failed.failure();
        }
    }
}
