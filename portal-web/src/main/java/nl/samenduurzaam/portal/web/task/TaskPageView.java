package nl.samenduurzaam.portal.web.task;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.assessment.boundary.AssessmentOverview;
import nl.samenduurzaam.portal.elaboration.boundary.ElaborationView;
import nl.samenduurzaam.portal.role.boundary.RoleAssignmentView;
import nl.samenduurzaam.portal.web.i18n.Dates;
import nl.samenduurzaam.portal.web.idea.IdeaView;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import nl.samenduurzaam.workflow.taskpage.boundary.TaskPage;
import nl.samenduurzaam.workflow.taskpage.boundary.TaskPages;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One task of a civil servant: the idea's full context (texts, insights, timeline, diagram, and what the decision
 * is about: scores, role proposal, elaboration) beside the task's form. The form views complete the task through
 * {@link #done(String)}, which returns to the task list.
 */
@Named
@ViewScoped
public class TaskPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TASK_LIST = "tasks/index.xhtml";

    @Inject
    private Tasks tasks;

    @Inject
    private TaskPages taskPages;

    @Inject
    private IdeaView ideaView;

    private String taskId;
    private TaskSummary task;
    private AssessmentOverview assessmentOverview;
    private RoleAssignmentView roleProposal;
    private ElaborationView elaboration;
    private String colleague;
    private LocalDate followUp;

    /**
     * The page's view action: the task of the URL, if the caller holds it or may take it, with its idea and what it
     * decides on, in one boundary call.
     */
    public void load() {
        if (taskId == null || taskId.isBlank()) {
            Messages.addGlobalError("task.not-found");
            return;
        }
        TaskPage page = taskPages.page(taskId.strip());
        task = page.task();
        followUp = task.followUp() == null ? null : LocalDate.ofInstant(task.followUp(), Dates.MUNICIPALITY_ZONE);
        assessmentOverview = page.assessments();
        roleProposal = page.roleProposal();
        elaboration = page.elaboration();
        if (page.idea() != null) {
            ideaView.show(page.idea());
        }
    }

    public void claim() {
        try {
            tasks.claim(task.taskId());
            Messages.addGlobalInfo("task.claim.done", task.ideaNumber());
        } finally {
            // also after a lost race: the page then shows who holds the task now
            load();
        }
    }

    public void unclaim() {
        tasks.unclaim(task.taskId());
        Messages.addFlashGlobalInfo("task.unclaim.done", task.ideaNumber());
        Faces.redirect(TASK_LIST);
    }

    /** Hands the task to a colleague who may take it; it leaves the caller's list. */
    public void delegate() {
        String username = colleague == null ? null : colleague.strip();
        tasks.delegate(task.taskId(), username);
        Messages.addFlashGlobalInfo("task.delegate.done", task.ideaNumber(), username);
        Faces.redirect(TASK_LIST);
    }

    /** The day the holder wants to see the task again (sorting and filtering use it); empty clears it. */
    public void saveFollowUp() {
        // the end of the chosen day, so that today is a valid choice
        tasks.setFollowUpDate(task.taskId(), followUp == null ? null
                : followUp.plusDays(1).atStartOfDay(Dates.MUNICIPALITY_ZONE).minusSeconds(1).toInstant());
        Messages.addGlobalInfo("task.follow-up.done", task.ideaNumber());
        task = tasks.find(task.taskId());
    }

    /** The task was completed: back to the list, with the message saying what was recorded. */
    void done(String messageKey) {
        Messages.addFlashGlobalInfo(messageKey, task.ideaNumber());
        Faces.redirect(TASK_LIST);
    }

    /**
     * The caller may fill in the form: the task is theirs or nobody's yet (completing takes it), and nothing keeps
     * them from doing it (an idea they assessed already, a role they proposed).
     */
    public boolean isWorkable() {
        return task != null && task.ideaNumber() != null && task.excludedBecause() == null
                && (task.assignee() == null || task.assignee().equals(Faces.getRemoteUser()));
    }

    public boolean isFormFor(String taskKey) {
        return isWorkable() && task.taskKey().equals(taskKey);
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public boolean isMine() {
        return task != null && task.assignee() != null && task.assignee().equals(Faces.getRemoteUser());
    }

    public String getColleague() {
        return colleague;
    }

    public void setColleague(String colleague) {
        this.colleague = colleague;
    }

    public LocalDate getFollowUp() {
        return followUp;
    }

    public void setFollowUp(LocalDate followUp) {
        this.followUp = followUp;
    }

    public TaskSummary getTask() {
        return task;
    }

    public AssessmentOverview getAssessmentOverview() {
        return assessmentOverview;
    }

    public RoleAssignmentView getRoleProposal() {
        return roleProposal;
    }

    public ElaborationView getElaboration() {
        return elaboration;
    }
}
