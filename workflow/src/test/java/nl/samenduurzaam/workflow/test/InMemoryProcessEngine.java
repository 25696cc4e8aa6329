package nl.samenduurzaam.workflow.test;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * One engine on in-memory H2 for all process tests, configured in Java because the XML configuration needs Spring.
 * Delegates are replaced by {@code Mocks}: they reach the domain, which is outside the process.
 */
public final class InMemoryProcessEngine {

    private static ProcessEngine engine;

    private InMemoryProcessEngine() {
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setJdbcUrl("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1");
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setJobExecutorActivate(false);
            configuration.setExpressionManager(new MockExpressionManager());
            engine = configuration.buildProcessEngine();
        }
        return engine;
    }
}
