package nl.samenduurzaam.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine on the server's JTA transactions, with every command's transaction begun or joined by the EJB container
 * instead of by the engine through the transaction manager.
 */
class ContainerTransactionEngineConfiguration extends JakartaTransactionProcessEngineConfiguration {

    private final transient ContainerTransactions transactions;

    ContainerTransactionEngineConfiguration(ContainerTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    protected CommandInterceptor createTransactionInterceptor(boolean requiresNew) {
        return new ContainerTransactionInterceptor(transactions, requiresNew);
    }
}
