package nl.samenduurzaam.workflow.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.demo.DemoIdeaAtStep;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import java.util.List;
import java.util.logging.Logger;

/**
 * Starts the processes of the demo ideas that were loaded beyond submission at the step each has reached, so that
 * every open demo idea waits in somebody's task list, as it would after running through the process.
 */
@Stateless
public class DemoProcesses {

    private static final Logger LOG = Logger.getLogger(DemoProcesses.class.getName());

    @Inject
    private RuntimeService runtimeService;

    public void startAtTheirSteps(List<DemoIdeaAtStep> ideas) {
        for (DemoIdeaAtStep idea : ideas) {
            String step = stepOf(idea);
            VariableMap variables = Variables.createVariables()
                    .putValue(IdeaLifecycle.PROPOSING_ORGANISATION_ID, idea.proposingOrganisationId())
                    .putValue(IdeaLifecycle.ASSESSORS_REQUIRED, IdeaLifecycle.DEFAULT_ASSESSORS)
                    .putValue(IdeaLifecycle.DECISION_REASON, idea.statusReason());
            if (idea.ownerOrganisationId() != null) {
                variables.putValue(IdeaLifecycle.PROPOSED_OWNER_ID, idea.ownerOrganisationId())
                        .putValue(IdeaLifecycle.OWNER_ORGANISATION_ID, idea.ownerOrganisationId());
            }
            runtimeService.createProcessInstanceByKey(IdeaLifecycle.PROCESS_KEY)
                    .businessKey(idea.number())
                    .setVariables(variables)
                    .startBeforeActivity(step)
                    .execute();
        }
        LOG.info(() -> "Demo processes started at their steps: " + ideas.size());
    }

    /** The step an idea in this status waits at. */
    private static String stepOf(DemoIdeaAtStep idea) {
        return switch (idea.status()) {
            case IN_SCREENING -> IdeaLifecycle.SCREEN_IDEA;
            case CLARIFICATION_REQUESTED -> IdeaLifecycle.CLARIFY_IDEA;
            case SHORTLISTED -> IdeaLifecycle.SUMMARISE_ASSESSMENTS;
            case SELECTED -> IdeaLifecycle.PROPOSE_OWNER;
            case OWNERSHIP_ACCEPTED -> IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE;
            case ROLE_ASSIGNED, IN_ELABORATION -> IdeaLifecycle.ELABORATE_IDEA;
            case IN_REVIEW -> IdeaLifecycle.REVIEW_ELABORATION;
            case IMPLEMENTING -> IdeaLifecycle.REPORT_COMPLETION;
            default -> throw new IllegalArgumentException("No open step for " + idea.status());
        };
    }
}
