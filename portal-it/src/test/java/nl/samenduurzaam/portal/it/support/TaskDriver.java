package nl.samenduurzaam.portal.it.support;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.assessment.boundary.AssessmentForm;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.assessment.boundary.CriterionView;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.boundary.DecisionForm;
import nl.samenduurzaam.workflow.task.boundary.ScreeningForm;
import nl.samenduurzaam.workflow.task.boundary.TaskDecision;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the logged-in user's tasks of an idea and does the steps in-container tests need on the way; a CDI bean, so
 * a test gets it with {@code @Inject}.
 */
@Dependent
public class TaskDriver {

    @Inject
    private Tasks tasks;

    @Inject
    private Assessments assessments;

    @Inject
    private Accounts accounts;

    /** The caller's first open task of the idea, whatever its kind. */
    public TaskSummary anyTaskOf(String ideaNumber) {
        return tasks.listForCurrentUser().stream()
                .filter(task -> ideaNumber.equals(task.ideaNumber()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No task for " + ideaNumber));
    }

    /** The caller's open task of this kind for the idea (the first, for parallel assessments). */
    public String taskFor(IdeaSummary idea, String taskKey) {
        return findTask(idea, taskKey).orElseThrow(() -> new AssertionError(
                "No " + taskKey + " task for " + idea.number()));
    }

    public Optional<String> findTask(IdeaSummary idea, String taskKey) {
        return tasks.listForCurrentUser().stream()
                .filter(task -> idea.number().equals(task.ideaNumber()) && taskKey.equals(task.taskKey()))
                .filter(task -> task.assignee() == null || task.assignee().equals(Users.current()))
                .map(TaskSummary::taskId).findFirst();
    }

    /** Waits for a task that an asynchronous step creates (the job executor runs it after the commit). */
    public String awaitTask(IdeaSummary idea, String taskKey) {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            Optional<String> task = findTask(idea, taskKey);
            if (task.isPresent()) {
                return task.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No " + taskKey + " task for " + idea.number() + " within 60 s");
    }

    /** The screener (logged in here) scores every criterion the same. */
    public void assess(IdeaSummary idea, String screener, int score) {
        Users.loginAs(screener);
        Map<String, Integer> scores = new HashMap<>();
        for (CriterionView criterion : assessments.criteria()) {
            scores.put(criterion.code(), score);
        }
        tasks.completeAssessment(taskFor(idea, IdeaLifecycle.ASSESS_IDEA), new AssessmentForm(scores, null));
    }

    /**
     * Walks the idea the only way the portal allows, through the process: shortlisted, assessed, selected and
     * offered to the organisation of the partner, who accepts. The partner is logged in afterwards.
     */
    public void toOwnershipOf(IdeaSummary idea, String partner) {
        Users.loginAs(partner);
        long organisation = accounts.myOrganisation().id();
        Users.loginAs(Users.SCREENER);
        tasks.completeScreening(taskFor(idea, IdeaLifecycle.SCREEN_IDEA),
                new ScreeningForm(ScreeningForm.Decision.SHORTLIST, null));
        assess(idea, Users.SCREENER, 4);
        assess(idea, Users.SECOND_SCREENER, 4);
        Users.loginAs(Users.MANAGEMENT);
        tasks.decide(awaitTask(idea, IdeaLifecycle.DECIDE_SELECTION), new DecisionForm(TaskDecision.SELECTED, null));
        Users.loginAs(Users.PROGRAMME_MANAGER);
        tasks.proposeOwner(taskFor(idea, IdeaLifecycle.PROPOSE_OWNER), organisation);
        Users.loginAs(partner);
        tasks.decide(taskFor(idea, IdeaLifecycle.ACCEPT_OWNERSHIP), new DecisionForm(TaskDecision.ACCEPT, null));
    }
}
