package nl.samenduurzaam.workflow.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.demo.DemoData;

/**
 * Loads the demo data (when configured) once the process engine runs: submitted demo ideas start their process like
 * any other, so the screeners find them in their task list.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class DemoDataLoader {

    @Inject
    private DemoData demoData;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        demoData.loadIfEnabled();
    }
}
