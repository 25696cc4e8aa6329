package nl.samenduurzaam.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** The engine's services for injection inside the workflow module; callers must be in a CMT transaction. */
@ApplicationScoped
public class ProcessEngineServices {

    @Inject
    private ProcessEngineBootstrap bootstrap;

    @Produces
    public RuntimeService runtimeService() {
        return bootstrap.engine().getRuntimeService();
    }

    @Produces
    public TaskService taskService() {
        return bootstrap.engine().getTaskService();
    }

    @Produces
    public HistoryService historyService() {
        return bootstrap.engine().getHistoryService();
    }

    @Produces
    public RepositoryService repositoryService() {
        return bootstrap.engine().getRepositoryService();
    }

    @Produces
    public IdentityService identityService() {
        return bootstrap.engine().getIdentityService();
    }

    @Produces
    public ManagementService managementService() {
        return bootstrap.engine().getManagementService();
    }
}
