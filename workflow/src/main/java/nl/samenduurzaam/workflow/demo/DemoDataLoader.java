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
 * any other, the others start theirs at the step they have reached, so every open idea is in a task list; the steps
 * their timelines tell of are written to the engine's history, so the process reports have a past to show.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class DemoDataLoader {

    @Inject
    private DemoData demoData;

    @Inject
    private DemoProcesses processes;

    @Inject
    private DemoHistory history;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (demoData.loadIfEnabled()) {
            processes.startAtTheirSteps(demoData.openIdeasBeyondSubmission());
            history.write(demoData.statusChanges());
        }
    }
}
