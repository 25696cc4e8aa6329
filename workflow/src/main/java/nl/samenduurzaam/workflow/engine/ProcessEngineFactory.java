package nl.samenduurzaam.workflow.engine;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import nl.samenduurzaam.portal.infrastructure.persistence.PortalDataSourceDefinition;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.Deployment;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Builds the embedded engine on the portal's datasource and the server's transaction manager, so that process state
 * commits in the same JTA transaction as the domain data. Each step runs in its own container-managed transaction:
 * engine calls outside one would commit statement by statement.
 */
@Stateless
public class ProcessEngineFactory {

    static final String ENGINE_NAME = "samen-duurzaam";

    private static final Logger LOG = Logger.getLogger(ProcessEngineFactory.class.getName());

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    private DataSource dataSource;

    @Resource(lookup = "java:appserver/TransactionManager")
    private TransactionManager transactionManager;

    @Inject
    private BeanManager beanManager;

    @EJB
    private ContainerTransactions transactions;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedThreadFactory threadFactory;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ProcessEngine build() {
        JakartaTransactionProcessEngineConfiguration configuration =
                new ContainerTransactionEngineConfiguration(transactions);
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        // the schema belongs to CamundaSchemaMigrations; the engine only checks its version
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(true);
        configuration.setJobExecutor(new ManagedJobExecutor(executor, threadFactory, transactionManager));
        // a failed job is retried three times, five minutes apart, before it becomes an incident
        configuration.setFailedJobRetryTimeCycle("R3/PT5M");
        // without the application's class loader the job executor threads cannot load delegate classes
        configuration.setClassLoader(ProcessEngineFactory.class.getClassLoader());
        configuration.setExpressionManager(new CdiExpressionManager(beanManager));
        configuration.setAuthorizationEnabled(false);
        // history is removed per process instance when its time to live (the model's historyTimeToLive) has passed,
        // at night, in small batches, one thread
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
        configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        configuration.setHistoryCleanupBatchWindowStartTime("01:00");
        configuration.setHistoryCleanupBatchWindowEndTime("05:00");
        configuration.setHistoryCleanupBatchSize(100);
        configuration.setHistoryCleanupDegreeOfParallelism(1);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setJdbcBatchProcessing(true);
        configuration.setMetricsEnabled(false);
        return configuration.buildProcessEngine();
    }

    /** Deploys the models; an unchanged model is not deployed again, a changed one becomes a new version. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deployModels(ProcessEngine engine) {
        Deployment deployment = ProcessModels.deploy(engine.getRepositoryService());
        LOG.info(() -> "Process models deployed: " + deployment.getId());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void close(ProcessEngine engine) {
        engine.close();
    }
}
