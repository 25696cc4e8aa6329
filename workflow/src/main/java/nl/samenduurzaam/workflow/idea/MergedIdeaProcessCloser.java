package nl.samenduurzaam.workflow.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.idea.boundary.IdeaMerged;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Ends the process of an idea that was merged into another one, in the merging transaction: its open tasks
 * disappear from the task lists, the history keeps the reason.
 */
@ApplicationScoped
public class MergedIdeaProcessCloser {

    @Inject
    private RuntimeService runtimeService;

    void onIdeaMerged(@Observes IdeaMerged merged) {
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(merged.mergedNumber()).list()) {
            runtimeService.deleteProcessInstance(instance.getId(), "merged into " + merged.intoNumber());
        }
    }
}
