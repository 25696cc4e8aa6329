package nl.samenduurzaam.portal.web.task;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.organisation.boundary.OrganisationSummary;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.web.i18n.BoundaryErrors;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.boundary.DecisionForm;
import nl.samenduurzaam.workflow.task.boundary.ScreeningForm;
import nl.samenduurzaam.workflow.task.boundary.TaskDecision;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The civil servant's task list with the form of the selected task (screening, owner proposal). */
@Named
@ViewScoped
public class TaskListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "decision", "screening-form:decision", "reason", "screening-form:reason",
            "reasonGivenWhenNotPursued", "screening-form:reason",
            "questionGivenWhenClarifying", "screening-form:reason");
    /** Merging needs the duplicate's number: the full screening form comes with the task forms of the portal. */
    private static final ScreeningForm.Decision[] SCREENING_DECISIONS = {ScreeningForm.Decision.SHORTLIST,
            ScreeningForm.Decision.CLARIFY, ScreeningForm.Decision.NOT_PURSUED};

    @Inject
    private Tasks tasks;

    @Inject
    private Ideas ideas;

    @Inject
    private Organisations organisations;

    private List<TaskSummary> myTasks;
    private TaskSummary selected;
    private IdeaSummary selectedIdea;
    private ScreeningForm.Decision decision;
    private String reason;
    private Long ownerId;
    private TaskDecision taskDecision;
    private List<OrganisationSummary> partnerOrganisations;

    @PostConstruct
    void load() {
        myTasks = tasks.listForCurrentUser();
    }

    public void claim(TaskSummary task) {
        try {
            tasks.claim(task.taskId());
            Messages.addGlobalInfo("task.claim.done", task.ideaNumber());
        } catch (RuntimeException refused) {
            BoundaryErrors.show(refused, Map.of());
        }
        load();
    }

    public void unclaim(TaskSummary task) {
        try {
            tasks.unclaim(task.taskId());
        } catch (RuntimeException refused) {
            BoundaryErrors.show(refused, Map.of());
        }
        load();
    }

    public void open(TaskSummary task) {
        decision = null;
        reason = null;
        ownerId = null;
        taskDecision = null;
        if (task.ideaNumber() == null) {
            Messages.addGlobalError("task.not-found");
            return;
        }
        try {
            selectedIdea = ideas.findByNumber(task.ideaNumber());
            selected = task;
        } catch (RuntimeException refused) {
            close();
            BoundaryErrors.show(refused, Map.of());
        }
    }

    public void close() {
        selected = null;
        selectedIdea = null;
    }

    public void completeScreening() {
        try {
            tasks.completeScreening(selected.taskId(), new ScreeningForm(decision, reason));
            Messages.addGlobalInfo("task.screening.done", selected.ideaNumber());
            close();
        } catch (RuntimeException refused) {
            BoundaryErrors.show(refused, FIELDS);
        }
        load();
    }

    /** proposeOwner: the partner organisation asked to take the idea on. */
    public void completeOwnerProposal() {
        try {
            tasks.proposeOwner(selected.taskId(), ownerId);
            Messages.addGlobalInfo("task.owner.done", selected.ideaNumber());
            close();
        } catch (RuntimeException refused) {
            BoundaryErrors.show(refused, Map.of("organisationId", "owner-form:owner"));
        }
        load();
    }

    /** A decision task (selection, role approval, elaboration review, completion check) with its reason. */
    public void completeDecision() {
        try {
            tasks.decide(selected.taskId(), new DecisionForm(taskDecision, reason));
            Messages.addGlobalInfo("task.decision.done", selected.ideaNumber());
            close();
        } catch (RuntimeException refused) {
            BoundaryErrors.show(refused, Map.of("decision", "decision-form:decision", "reason", "decision-form:reason",
                    "reasonGivenWhereNeeded", "decision-form:reason"));
        }
        load();
    }

    /** The tasks this list has a form for; the other task forms come with the task pages of the portal. */
    public boolean hasForm(TaskSummary task) {
        return IdeaLifecycle.SCREEN_IDEA.equals(task.taskKey()) || IdeaLifecycle.PROPOSE_OWNER.equals(task.taskKey())
                || isDecisionTask(task.taskKey());
    }

    public boolean isDeciding() {
        return selected != null && isDecisionTask(selected.taskKey());
    }

    /** The decisions the selected task knows, in the order of the model. */
    public List<TaskDecision> getTaskDecisions() {
        return Arrays.stream(TaskDecision.values()).filter(d -> d.taskKey().equals(selected.taskKey())).toList();
    }

    private static boolean isDecisionTask(String taskKey) {
        // accepting ownership is the partner's decision, on the partner's page
        return TaskDecision.decisionTasks().contains(taskKey) && !IdeaLifecycle.ACCEPT_OWNERSHIP.equals(taskKey);
    }

    public TaskDecision getTaskDecision() {
        return taskDecision;
    }

    public void setTaskDecision(TaskDecision taskDecision) {
        this.taskDecision = taskDecision;
    }

    public boolean isScreening() {
        return selected != null && IdeaLifecycle.SCREEN_IDEA.equals(selected.taskKey());
    }

    public boolean isProposingOwner() {
        return selected != null && IdeaLifecycle.PROPOSE_OWNER.equals(selected.taskKey());
    }

    public List<OrganisationSummary> getPartnerOrganisations() {
        if (partnerOrganisations == null) {
            partnerOrganisations = organisations.all().stream()
                    .filter(organisation -> organisation.type().isPartner()).toList();
        }
        return partnerOrganisations;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public ScreeningForm.Decision[] getDecisions() {
        return SCREENING_DECISIONS.clone();
    }

    public List<TaskSummary> getMyTasks() {
        return myTasks;
    }

    public TaskSummary getSelected() {
        return selected;
    }

    public IdeaSummary getSelectedIdea() {
        return selectedIdea;
    }

    public ScreeningForm.Decision getDecision() {
        return decision;
    }

    public void setDecision(ScreeningForm.Decision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
