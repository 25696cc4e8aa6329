package nl.samenduurzaam.workflow.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;

import java.util.logging.Logger;

/** Starts the embedded process engine when the application starts (after the schema migrations) and stops it. */
@Singleton
@Startup
@DependsOn("portal-ejb.jar#DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ProcessEngineBootstrap {

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Inject
    private CamundaSchemaMigrations schema;

    @Inject
    private ProcessEngineFactory factory;

    private volatile ProcessEngine engine;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        long started = System.nanoTime();
        schema.migrate();
        ProcessEngine built = factory.build();
        factory.deployModels(built);
        engine = built;
        LOG.info(() -> "Process engine started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void stop() {
        if (engine != null) {
            factory.close(engine);
            engine = null;
        }
    }

    public ProcessEngine engine() {
        ProcessEngine current = engine;
        if (current == null) {
            throw new IllegalStateException("The process engine is not running");
        }
        return current;
    }

    public boolean isRunning() {
        return engine != null;
    }
}
