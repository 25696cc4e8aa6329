package nl.samenduurzaam.workflow.test;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;

/**
 * Engines on in-memory H2 for the process tests, configured in Java because the XML configuration needs Spring.
 * The domain behind the steps is replaced by {@code Mocks}: it is outside the process.
 */
public final class InMemoryProcessEngine {

    private InMemoryProcessEngine() {
    }

    /** A configuration not built yet, so that extensions (coverage) can add to it; one database per name. */
    public static ProcessEngineConfigurationImpl configuration(String name) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        return configuration;
    }

    /** The same configuration, recording which flow nodes and sequence flows the tests pass. */
    public static ProcessEngineConfigurationImpl withCoverage(ProcessEngineConfigurationImpl configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return configuration;
    }
}
