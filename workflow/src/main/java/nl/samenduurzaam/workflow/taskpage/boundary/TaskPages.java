package nl.samenduurzaam.workflow.taskpage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.elaboration.boundary.Elaborations;
import nl.samenduurzaam.portal.role.boundary.MunicipalRoles;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.idea.boundary.IdeaPage;
import nl.samenduurzaam.workflow.idea.boundary.IdeaWorkflow;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;

/**
 * The task page's one boundary call. It lives beside the task and idea slices rather than in either, because the
 * idea slice already uses the task slice's access rules: the other way round would make the two a cycle.
 */
@Stateless
@RolesAllowed(PortalRoles.CIVIL_SERVANT)
public class TaskPages {

    @Inject
    private Tasks tasks;

    @Inject
    private IdeaWorkflow ideaWorkflow;

    @Inject
    private Assessments assessments;

    @Inject
    private MunicipalRoles roles;

    @Inject
    private Elaborations elaborations;

    /**
     * The task the caller holds or may take, with its idea and what it decides on, in one transaction; refuses a
     * task that is gone or not the caller's to see, and each part keeps its own role check.
     */
    public TaskPage page(@NotBlank @Size(max = 64) String taskId) {
        TaskSummary task = tasks.find(taskId);
        String number = task.ideaNumber();
        if (number == null) {
            return new TaskPage(task, null, null, null, null);
        }
        IdeaPage idea = ideaWorkflow.page(number);
        return switch (task.taskKey()) {
            case IdeaLifecycle.DECIDE_SELECTION -> new TaskPage(task, idea, assessments.overview(number), null, null);
            case IdeaLifecycle.APPROVE_MUNICIPAL_ROLE ->
                    new TaskPage(task, idea, null, roles.forIdea(number).orElse(null), null);
            case IdeaLifecycle.REVIEW_ELABORATION, IdeaLifecycle.CONFIRM_COMPLETION ->
                    new TaskPage(task, idea, null, null, elaborations.forIdea(number).orElse(null));
            default -> new TaskPage(task, idea, null, null, null);
        };
    }
}
