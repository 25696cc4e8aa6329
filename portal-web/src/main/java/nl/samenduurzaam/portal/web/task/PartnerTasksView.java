package nl.samenduurzaam.portal.web.task;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.idea.boundary.IdeaDetail;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.web.idea.MyIdeasView;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.boundary.ClarificationForm;
import nl.samenduurzaam.workflow.task.boundary.DecisionForm;
import nl.samenduurzaam.workflow.task.boundary.TaskDecision;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The tasks of the partner's organisation on the partner's page: answering a screener's question and accepting or
 * declining the ownership of an idea. Who may complete which task is the task boundary's decision.
 */
@Named
@ViewScoped
public class PartnerTasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tasks tasks;

    @Inject
    private MyIdeasView ideasView;

    @Inject
    private Ideas ideas;

    private List<TaskSummary> organisationTasks;
    private TaskSummary selected;
    private String answer;
    private TaskDecision ownership;
    private String reason;
    private IdeaDetail proposedIdea;
    private String requestedTaskId;

    @PostConstruct
    void load() {
        organisationTasks = tasks.listForCurrentUser();
    }

    public void open(TaskSummary task) {
        selected = task;
        answer = null;
        ownership = null;
        reason = null;
        // the organisation asked to own the idea decides with the idea in front of it, not only its title
        proposedIdea = isAcceptingOwnership() ? ideas.detail(task.ideaNumber()) : null;
    }

    /**
     * The page opened from a mail's link ({@code ?task=}): that task's form is open, or the partner reads that it is
     * no longer waiting (a colleague answered it meanwhile).
     */
    public void openRequested() {
        if (requestedTaskId == null || requestedTaskId.isBlank()) {
            return;
        }
        organisationTasks.stream().filter(task -> task.taskId().equals(requestedTaskId) && hasForm(task))
                .findFirst()
                .ifPresentOrElse(this::open, () -> Messages.addGlobalWarn("partner.task.no-longer-open"));
    }

    public String getRequestedTaskId() {
        return requestedTaskId;
    }

    public void setRequestedTaskId(String requestedTaskId) {
        this.requestedTaskId = requestedTaskId;
    }

    /** The idea the organisation is asked to own (it may read it while it decides); null for other tasks. */
    public IdeaDetail getProposedIdea() {
        return proposedIdea;
    }

    public void close() {
        selected = null;
    }

    public void answerQuestion() {
        try {
            tasks.completeClarification(selected.taskId(), new ClarificationForm(answer));
            Messages.addGlobalInfo("partner.task.clarified", selected.ideaNumber());
            close();
        } finally {
            // also after a refusal: the task may have been answered by a colleague meanwhile
            reloadLists();
        }
    }

    public void decideOwnership() {
        try {
            tasks.decide(selected.taskId(), new DecisionForm(ownership, reason));
            Messages.addGlobalInfo(ownership == TaskDecision.ACCEPT ? "partner.task.accepted"
                    : "partner.task.declined", selected.ideaNumber());
            close();
        } finally {
            reloadLists();
        }
    }

    /** The organisation's ideas are fetched again as their table renders: the buttons update it. */
    private void reloadLists() {
        load();
    }

    /** The tasks answered on this page; elaborating and reporting completion have the elaboration page. */
    public boolean hasForm(TaskSummary task) {
        return IdeaLifecycle.CLARIFY_IDEA.equals(task.taskKey())
                || IdeaLifecycle.ACCEPT_OWNERSHIP.equals(task.taskKey());
    }

    public boolean isElaborationTask(TaskSummary task) {
        return IdeaLifecycle.ELABORATE_IDEA.equals(task.taskKey())
                || IdeaLifecycle.REPORT_COMPLETION.equals(task.taskKey());
    }

    public boolean isClarifying() {
        return selected != null && IdeaLifecycle.CLARIFY_IDEA.equals(selected.taskKey());
    }

    public boolean isAcceptingOwnership() {
        return selected != null && IdeaLifecycle.ACCEPT_OWNERSHIP.equals(selected.taskKey());
    }

    /** The screener's question, as the idea's status reason shows it. */
    public String getQuestion() {
        return ideasView.statusReasonShown(selected.ideaNumber());
    }

    public TaskDecision[] getOwnershipDecisions() {
        return new TaskDecision[] {TaskDecision.ACCEPT, TaskDecision.DECLINE};
    }

    public List<TaskSummary> getOrganisationTasks() {
        return organisationTasks;
    }

    public TaskSummary getSelected() {
        return selected;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public TaskDecision getOwnership() {
        return ownership;
    }

    public void setOwnership(TaskDecision ownership) {
        this.ownership = ownership;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
