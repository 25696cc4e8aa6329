package nl.samenduurzaam.portal.it.support;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.assessment.boundary.AssessmentForm;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.assessment.boundary.CriterionView;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.boundary.IdeasFromInsights;
import nl.samenduurzaam.portal.idea.boundary.InsightConversion;
import nl.samenduurzaam.portal.insight.boundary.InsightCapture;
import nl.samenduurzaam.portal.insight.boundary.InsightView;
import nl.samenduurzaam.portal.insight.boundary.Insights;
import nl.samenduurzaam.portal.session.boundary.SessionSummary;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.role.boundary.RoleProposalForm;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.boundary.DecisionForm;
import nl.samenduurzaam.workflow.task.boundary.ScreeningForm;
import nl.samenduurzaam.workflow.task.boundary.TaskDecision;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    @Inject
    private Ideas ideas;

    @Inject
    private Sessions sessions;

    @Inject
    private Insights insights;

    @Inject
    private IdeasFromInsights ideasFromInsights;

    /** The steps of the lifecycle a test can have an idea wait at, in the order the process reaches them. */
    public static final List<String> WALK = List.of(IdeaLifecycle.SCREEN_IDEA, IdeaLifecycle.DECIDE_SELECTION,
            IdeaLifecycle.PROPOSE_OWNER, IdeaLifecycle.ACCEPT_OWNERSHIP, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE,
            IdeaLifecycle.APPROVE_MUNICIPAL_ROLE, IdeaLifecycle.ELABORATE_IDEA);

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
        walkTo(idea, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE, partner);
        Users.loginAs(partner);
    }

    /**
     * A new idea of the partner's organisation, walked through the process until {@code step} waits for its holder
     * (one of {@link #WALK}); the partner's organisation becomes its owner on the way.
     */
    public IdeaSummary ideaWaitingAt(String step, String partner, String title) {
        Users.loginAs(partner);
        IdeaSummary idea = ideas.submit(Submissions.titled(title));
        walkTo(idea, step, partner);
        return idea;
    }

    /**
     * A new idea that the facilitator made from an insight of the session whose title starts so, proposed by the
     * partner's organisation and walked through the process until {@code step} waits for its holder.
     */
    public IdeaSummary sessionIdeaWaitingAt(String step, String partner, String sessionTitleStart, String title) {
        Users.loginAs(partner);
        long organisation = accounts.myOrganisation().id();
        Users.loginAs(Users.FACILITATOR);
        SessionSummary session = sessions.all().stream()
                .filter(candidate -> candidate.title().startsWith(sessionTitleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("No session " + sessionTitleStart));
        long theme = session.themes().get(0).id();
        InsightView insight = insights.capture(new InsightCapture(session.id(), theme, "Inzicht achter " + title));
        IdeaSubmission idea = Submissions.titled(title);
        IdeaSummary converted = ideasFromInsights.convert(new InsightConversion(session.id(), Set.of(insight.id()),
                idea.title(), idea.description(), theme, organisation));
        walkTo(converted, step, partner);
        return converted;
    }

    /** Does every step before {@code step} for an idea that waits to be screened, and waits until {@code step} is open. */
    public void walkTo(IdeaSummary idea, String step, String owner) {
        int stepsBefore = WALK.indexOf(step);
        if (stepsBefore < 0) {
            throw new IllegalArgumentException("No walk to " + step + "; walks reach " + WALK);
        }
        Users.loginAs(owner);
        long organisation = accounts.myOrganisation().id();
        for (String done : WALK.subList(0, stepsBefore)) {
            complete(idea, done, owner, organisation);
        }
        Users.loginAs(holderOf(step, owner));
        awaitTask(idea, step);
    }

    private void complete(IdeaSummary idea, String step, String owner, long organisation) {
        Users.loginAs(holderOf(step, owner));
        switch (step) {
            case IdeaLifecycle.SCREEN_IDEA -> {
                tasks.completeScreening(taskFor(idea, step), new ScreeningForm(ScreeningForm.Decision.SHORTLIST, null));
                assess(idea, Users.SCREENER, 4);
                assess(idea, Users.SECOND_SCREENER, 4);
            }
            case IdeaLifecycle.DECIDE_SELECTION ->
                    tasks.decide(awaitTask(idea, step), new DecisionForm(TaskDecision.SELECTED, null));
            case IdeaLifecycle.PROPOSE_OWNER -> tasks.proposeOwner(taskFor(idea, step), organisation);
            case IdeaLifecycle.ACCEPT_OWNERSHIP ->
                    tasks.decide(taskFor(idea, step), new DecisionForm(TaskDecision.ACCEPT, null));
            case IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE -> tasks.proposeMunicipalRole(taskFor(idea, step),
                    new RoleProposalForm("CONNECTOR", Set.of("FACILITATOR"), "Economische zaken",
                            "Brengt partners samen", "Het idee vraagt vooral netwerk", null));
            case IdeaLifecycle.APPROVE_MUNICIPAL_ROLE ->
                    tasks.decide(taskFor(idea, step), new DecisionForm(TaskDecision.APPROVE_ROLE, null));
            default -> throw new IllegalArgumentException("No way through " + step);
        }
    }

    /** Who does the step: a civil servant of its group, or the owning partner. */
    private static String holderOf(String step, String owner) {
        return switch (step) {
            case IdeaLifecycle.SCREEN_IDEA -> Users.SCREENER;
            case IdeaLifecycle.DECIDE_SELECTION, IdeaLifecycle.APPROVE_MUNICIPAL_ROLE -> Users.MANAGEMENT;
            case IdeaLifecycle.PROPOSE_OWNER -> Users.PROGRAMME_MANAGER;
            case IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE -> Users.ROLE_HOLDER;
            default -> owner;
        };
    }
}
