package nl.samenduurzaam.workflow.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmitted;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Starts an idea's process when the domain announces its submission. The event is observed synchronously, inside the
 * submitting transaction: the idea row and the process instance commit together or not at all.
 */
@ApplicationScoped
public class IdeaLifecycleStarter {

    @Inject
    private RuntimeService runtimeService;

    void onIdeaSubmitted(@Observes IdeaSubmitted submitted) {
        runtimeService.startProcessInstanceByKey(IdeaLifecycle.PROCESS_KEY, submitted.ideaNumber(),
                Variables.createVariables()
                        .putValue(IdeaLifecycle.PROPOSING_ORGANISATION_ID, submitted.proposingOrganisationId())
                        .putValue(IdeaLifecycle.ASSESSORS_REQUIRED, IdeaLifecycle.DEFAULT_ASSESSORS));
    }
}
