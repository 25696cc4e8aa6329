package nl.samenduurzaam.portal.web.elaboration;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.elaboration.boundary.ElaborationPlan;
import nl.samenduurzaam.portal.elaboration.boundary.ElaborationView;
import nl.samenduurzaam.portal.elaboration.boundary.Elaborations;
import nl.samenduurzaam.portal.role.boundary.ApprovedRole;
import nl.samenduurzaam.portal.role.boundary.MunicipalRoles;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.boundary.CompletionReport;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The owner's elaboration of an idea: the plan, its milestones, progress reports, and the two tasks of the owner's
 * organisation: handing the plan in for review (elaborateIdea) and reporting the idea realised (reportCompletion).
 */
@Named
@ViewScoped
public class ElaborationPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Elaborations elaborations;

    @Inject
    private MunicipalRoles municipalRoles;

    @Inject
    private Ideas ideas;

    @Inject
    private Tasks tasks;

    private String number;
    private IdeaSummary idea;
    private ElaborationView elaboration;
    private ApprovedRole approvedRole;
    private Long editedMilestone;
    private TaskSummary openTask;

    private String goal;
    private String approach;
    private String partnersInvolved;
    private BigDecimal budgetNeed;
    private String askOfMunicipality;
    private String milestoneTitle;
    private LocalDate milestoneDate;
    private Integer percentage;
    private String progressText;
    private Long milestoneId;
    private String completionSummary;

    /** The page's view action: the idea of the URL, if the caller's organisation owns it. */
    public void load() {
        if (number == null || number.isBlank()) {
            Messages.addGlobalError("idea.not-found", "");
            return;
        }
        idea = ideas.findByNumber(number.strip());
        refresh();
        fillPlanFields();
    }

    private void refresh() {
        elaboration = elaborations.forIdea(idea.number()).orElse(null);
        approvedRole = municipalRoles.approvedFor(idea.number()).orElse(null);
        openTask = tasks.openOf(idea.number()).stream()
                .filter(task -> IdeaLifecycle.ELABORATE_IDEA.equals(task.taskKey())
                        || IdeaLifecycle.REPORT_COMPLETION.equals(task.taskKey()))
                .findFirst().orElse(null);
    }

    private void fillPlanFields() {
        if (elaboration != null) {
            goal = elaboration.goal();
            approach = elaboration.approach();
            partnersInvolved = elaboration.partnersInvolved();
            budgetNeed = elaboration.budgetNeed();
            askOfMunicipality = elaboration.askOfMunicipality();
        }
    }

    public void savePlan() {
        elaborations.savePlan(idea.number(), new ElaborationPlan(goal, approach, partnersInvolved, budgetNeed,
                askOfMunicipality, elaboration == null ? 0 : elaboration.version()));
        Messages.addGlobalInfo("elaboration.plan.saved", idea.number());
        refresh();
    }

    /** Adds the milestone of the form, or saves the one being changed. */
    public void addMilestone() {
        if (editedMilestone == null) {
            elaborations.addMilestone(idea.number(), milestoneTitle, milestoneDate);
            Messages.addGlobalInfo("elaboration.milestone.added", milestoneTitle.strip());
        } else {
            elaborations.changeMilestone(idea.number(), editedMilestone, milestoneTitle, milestoneDate);
            Messages.addGlobalInfo("elaboration.milestone.changed", milestoneTitle.strip());
        }
        clearMilestoneForm();
        refresh();
    }

    /** Puts a milestone in the form to change it. */
    public void editMilestone(ElaborationView.MilestoneView milestone) {
        editedMilestone = milestone.id();
        milestoneTitle = milestone.title();
        milestoneDate = milestone.dueDate();
    }

    public void cancelMilestoneChange() {
        clearMilestoneForm();
    }

    public void removeMilestone(ElaborationView.MilestoneView milestone) {
        elaborations.removeMilestone(idea.number(), milestone.id());
        Messages.addGlobalInfo("elaboration.milestone.removed", milestone.title());
        if (Long.valueOf(milestone.id()).equals(editedMilestone)) {
            clearMilestoneForm();
        }
        refresh();
    }

    private void clearMilestoneForm() {
        editedMilestone = null;
        milestoneTitle = null;
        milestoneDate = null;
    }

    /** The milestone in the form, when one is being changed; null while the form adds a new one. */
    public Long getEditedMilestone() {
        return editedMilestone;
    }

    /** Hands the plan in: the elaborateIdea task of the organisation is completed, a screener reviews it. */
    public void submitForReview() {
        tasks.submitElaboration(requireTask(IdeaLifecycle.ELABORATE_IDEA).taskId());
        Messages.addGlobalInfo("elaboration.submitted", idea.number());
        refresh();
    }

    public void reportProgress() {
        elaborations.reportProgress(idea.number(), percentage == null ? -1 : percentage, progressText,
                milestoneId);
        Messages.addGlobalInfo("elaboration.progress.reported", idea.number());
        percentage = null;
        progressText = null;
        milestoneId = null;
        refresh();
    }

    /** Reports the idea realised: the reportCompletion task is completed, a screener confirms. */
    public void reportCompletion() {
        tasks.reportCompletion(requireTask(IdeaLifecycle.REPORT_COMPLETION).taskId(),
                new CompletionReport(completionSummary));
        Messages.addGlobalInfo("elaboration.completion.reported", idea.number());
        completionSummary = null;
        refresh();
    }

    private TaskSummary requireTask(String taskKey) {
        return Optional.ofNullable(openTask).filter(task -> taskKey.equals(task.taskKey()))
                .orElseThrow(() -> new nl.samenduurzaam.portal.common.PortalException("task.not-found"));
    }

    public boolean isElaborating() {
        return openTask != null && IdeaLifecycle.ELABORATE_IDEA.equals(openTask.taskKey());
    }

    public boolean isReporting() {
        return openTask != null && IdeaLifecycle.REPORT_COMPLETION.equals(openTask.taskKey());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public IdeaSummary getIdea() {
        return idea;
    }

    /** The municipality's approved role in the idea; null until management approved one. */
    public ApprovedRole getApprovedRole() {
        return approvedRole;
    }

    public ElaborationView getElaboration() {
        return elaboration;
    }

    public TaskSummary getOpenTask() {
        return openTask;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getApproach() {
        return approach;
    }

    public void setApproach(String approach) {
        this.approach = approach;
    }

    public String getPartnersInvolved() {
        return partnersInvolved;
    }

    public void setPartnersInvolved(String partnersInvolved) {
        this.partnersInvolved = partnersInvolved;
    }

    public BigDecimal getBudgetNeed() {
        return budgetNeed;
    }

    public void setBudgetNeed(BigDecimal budgetNeed) {
        this.budgetNeed = budgetNeed;
    }

    public String getAskOfMunicipality() {
        return askOfMunicipality;
    }

    public void setAskOfMunicipality(String askOfMunicipality) {
        this.askOfMunicipality = askOfMunicipality;
    }

    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    public void setMilestoneTitle(String milestoneTitle) {
        this.milestoneTitle = milestoneTitle;
    }

    public LocalDate getMilestoneDate() {
        return milestoneDate;
    }

    public void setMilestoneDate(LocalDate milestoneDate) {
        this.milestoneDate = milestoneDate;
    }

    public Integer getPercentage() {
        return percentage;
    }

    public void setPercentage(Integer percentage) {
        this.percentage = percentage;
    }

    public String getProgressText() {
        return progressText;
    }

    public void setProgressText(String progressText) {
        this.progressText = progressText;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public void setMilestoneId(Long milestoneId) {
        this.milestoneId = milestoneId;
    }

    public String getCompletionSummary() {
        return completionSummary;
    }

    public void setCompletionSummary(String completionSummary) {
        this.completionSummary = completionSummary;
    }
}
