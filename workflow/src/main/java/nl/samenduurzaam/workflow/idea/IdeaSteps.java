package nl.samenduurzaam.workflow.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.assessment.control.AssessmentScores;
import nl.samenduurzaam.portal.idea.boundary.LifecycleSteps;
import nl.samenduurzaam.portal.idea.control.IdeaPaths;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;
import nl.samenduurzaam.portal.security.PortalRoles;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service tasks and listeners of {@code ideaLifecycle}: each records its step in the domain, in the step's
 * transaction. The model calls them by expression ({@code ${ideaSteps.recordSelection(execution)}}), one method per
 * step and never with a literal the code would have to match (IdeaLifecycleModelTest checks it), so one bean serves
 * every step without a class per step. Each step is idempotent (see {@link LifecycleSteps}).
 */
@Named
@ApplicationScoped
public class IdeaSteps {

    /** The mail each organisation task announces. */
    private static final Map<String, MailTemplate> TASK_MAIL = Map.of(
            IdeaLifecycle.CLARIFY_IDEA, MailTemplate.TASK_CLARIFY_IDEA,
            IdeaLifecycle.ACCEPT_OWNERSHIP, MailTemplate.TASK_ACCEPT_OWNERSHIP,
            IdeaLifecycle.ELABORATE_IDEA, MailTemplate.TASK_ELABORATE_IDEA,
            IdeaLifecycle.REPORT_COMPLETION, MailTemplate.TASK_REPORT_COMPLETION);

    /** Per reminder note: its mail, the variable naming the organisation reminded and the task it waits for. */
    private record Reminder(MailTemplate template, String organisationVariable, String taskKey) {
    }

    private static final Map<String, Reminder> REMINDERS = Map.of(
            IdeaLifecycle.OWNERSHIP_REMINDER_NOTE, new Reminder(MailTemplate.REMINDER_OWNERSHIP,
                    IdeaLifecycle.PROPOSED_OWNER_ID, IdeaLifecycle.ACCEPT_OWNERSHIP),
            IdeaLifecycle.ELABORATION_REMINDER_NOTE, new Reminder(MailTemplate.REMINDER_ELABORATION,
                    IdeaLifecycle.OWNER_ORGANISATION_ID, IdeaLifecycle.ELABORATE_IDEA),
            IdeaLifecycle.PROGRESS_REMINDER_NOTE, new Reminder(MailTemplate.REMINDER_PROGRESS,
                    IdeaLifecycle.OWNER_ORGANISATION_ID, IdeaLifecycle.REPORT_COMPLETION));

    private LifecycleSteps steps;
    private AssessmentScores scores;

    /** For the CDI proxy. */
    protected IdeaSteps() {
    }

    @Inject
    public IdeaSteps(LifecycleSteps steps, AssessmentScores scores) {
        this.steps = steps;
        this.scores = scores;
    }

    public void recordShortlist(DelegateExecution execution) {
        decided(execution, IdeaStatus.SHORTLISTED);
    }

    public void recordSelection(DelegateExecution execution) {
        decided(execution, IdeaStatus.SELECTED);
    }

    public void recordRoleAssigned(DelegateExecution execution) {
        decided(execution, IdeaStatus.ROLE_ASSIGNED);
    }

    /** The reviewer asked for a revision: the elaboration is the owner's again. */
    public void recordInElaboration(DelegateExecution execution) {
        decided(execution, IdeaStatus.IN_ELABORATION);
    }

    public void recordInReview(DelegateExecution execution) {
        moveTo(execution, IdeaStatus.IN_REVIEW);
    }

    public void recordImplementing(DelegateExecution execution) {
        decided(execution, IdeaStatus.IMPLEMENTING);
    }

    public void recordCompleted(DelegateExecution execution) {
        decided(execution, IdeaStatus.COMPLETED);
    }

    private void moveTo(DelegateExecution execution, IdeaStatus status) {
        steps.moveTo(number(execution), status, null, actor(execution));
    }

    /**
     * A decision's outcome, with the reason the decider gave (also for a positive one): the partner reads it in the
     * timeline. Only after a decision task: the variable holds the reason of the decision just taken.
     */
    private void decided(DelegateExecution execution, IdeaStatus status) {
        steps.moveTo(number(execution), status, text(execution, IdeaLifecycle.DECISION_REASON), actor(execution));
    }

    /** Assignment listener of screenIdea: a screener taking up a submitted idea puts it "in screening". */
    public void screeningStarted(DelegateTask task) {
        takenUp(task, IdeaStatus.SUBMITTED, IdeaStatus.IN_SCREENING);
    }

    /** Assignment listener of elaborateIdea: the owner taking up the elaboration puts the idea "in elaboration". */
    public void elaborationStarted(DelegateTask task) {
        takenUp(task, IdeaStatus.ROLE_ASSIGNED, IdeaStatus.IN_ELABORATION);
    }

    private void takenUp(DelegateTask task, IdeaStatus waiting, IdeaStatus working) {
        if (task.getAssignee() == null) {
            return;
        }
        if (task.getExecution() == null) {
            // a colleague completed the task while this claim read it: the process has moved on
            throw new OptimisticLockingException("Task " + task.getId() + " was completed meanwhile");
        }
        steps.takenUp(task.getExecution().getProcessBusinessKey(), waiting, working, task.getAssignee());
    }

    /**
     * Create listener of every organisation task: the organisation's people get a mail that links to the task (the
     * question and the ownership proposal on the partner page, the elaboration on its own page).
     */
    public void organisationTaskCreated(DelegateTask task) {
        MailTemplate template = TASK_MAIL.get(task.getTaskDefinitionKey());
        if (template == null) {
            throw new IllegalStateException("No mail for task " + task.getTaskDefinitionKey());
        }
        String number = task.getExecution().getProcessBusinessKey();
        String path = IdeaLifecycle.CLARIFY_IDEA.equals(task.getTaskDefinitionKey())
                || IdeaLifecycle.ACCEPT_OWNERSHIP.equals(task.getTaskDefinitionKey())
                ? IdeaPaths.partnerTask(task.getId()) : IdeaPaths.elaboration(number);
        Object question = IdeaLifecycle.CLARIFY_IDEA.equals(task.getTaskDefinitionKey())
                ? task.getVariable(IdeaLifecycle.DECISION_REASON) : null;
        steps.organisationTaskCreated(number, organisationOf(task), template, path,
                question == null ? null : question.toString());
    }

    /**
     * Create listener of every civil servant's task: the members of its groups are told, each as they chose (at once,
     * in the daily digest, not at all). The parallel assessments announce themselves once.
     */
    public void groupTaskCreated(DelegateTask task) {
        Object loopCounter = task.getExecution().getVariableLocal("loopCounter");
        if (loopCounter instanceof Number counter && counter.intValue() > 0) {
            return;
        }
        Set<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null && PortalRoles.CIVIL_SERVANTS.contains(group))
                .collect(Collectors.toSet());
        if (!groups.isEmpty()) {
            steps.groupTaskCreated(task.getExecution().getProcessBusinessKey(), groups, task.getTaskDefinitionKey(),
                    IdeaPaths.task(task.getId()));
        }
    }

    private static long organisationOf(DelegateTask task) {
        return task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null && group.startsWith(IdeaLifecycle.ORGANISATION_GROUP_PREFIX))
                .map(group -> Long.parseLong(group.substring(IdeaLifecycle.ORGANISATION_GROUP_PREFIX.length())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " is for no organisation"));
    }

    public void requestClarification(DelegateExecution execution) {
        steps.moveTo(number(execution), IdeaStatus.CLARIFICATION_REQUESTED,
                text(execution, IdeaLifecycle.DECISION_REASON), actor(execution));
    }

    public void resumeScreening(DelegateExecution execution) {
        steps.moveTo(number(execution), IdeaStatus.IN_SCREENING, text(execution, IdeaLifecycle.CLARIFICATION),
                actor(execution));
    }

    public void notPursue(DelegateExecution execution) {
        steps.notPursue(number(execution), text(execution, IdeaLifecycle.DECISION_REASON), actor(execution));
    }

    public void merge(DelegateExecution execution) {
        steps.merge(number(execution), text(execution, IdeaLifecycle.MERGE_TARGET), actor(execution));
    }

    public void park(DelegateExecution execution) {
        steps.moveTo(number(execution), IdeaStatus.PARKED, text(execution, IdeaLifecycle.DECISION_REASON),
                actor(execution));
    }

    /** Nobody answered the clarification request within 30 days. */
    public void parkUnclarified(DelegateExecution execution) {
        steps.moveTo(number(execution), IdeaStatus.PARKED, null, IdeaLifecycle.ENGINE_ACTOR);
        steps.record(number(execution), IdeaEventType.NOTIFIED, IdeaLifecycle.CLARIFICATION_EXPIRED_NOTE,
                IdeaLifecycle.ENGINE_ACTOR, reference(execution));
    }

    public void parkByProgramme(DelegateExecution execution) {
        steps.moveTo(number(execution), IdeaStatus.PARKED, text(execution, IdeaLifecycle.PARKING_REASON),
                actor(execution));
    }

    public void withdraw(DelegateExecution execution) {
        steps.moveTo(number(execution), IdeaStatus.WITHDRAWN, text(execution, IdeaLifecycle.WITHDRAWAL_REASON),
                actor(execution));
    }

    public void stop(DelegateExecution execution) {
        steps.moveTo(number(execution), IdeaStatus.STOPPED, text(execution, IdeaLifecycle.DECISION_REASON),
                actor(execution));
    }

    /** After the last assessment: the mean weighted score, for the selection decision and the reports. */
    public void summariseAssessments(DelegateExecution execution) {
        execution.setVariable(IdeaLifecycle.WEIGHTED_SCORE,
                scores.weightedScore(number(execution)).map(BigDecimal::doubleValue).orElse(null));
    }

    public void ownerProposed(DelegateExecution execution) {
        steps.ownerProposed(number(execution), proposedOwner(execution), actor(execution), reference(execution));
    }

    public void acceptOwnership(DelegateExecution execution) {
        long owner = proposedOwner(execution);
        steps.acceptOwnership(number(execution), owner, actor(execution));
        execution.setVariable(IdeaLifecycle.OWNER_ORGANISATION_ID, owner);
    }

    /** The proposed organisation declined (with its reason): the programme manager proposes again. */
    public void recordOwnershipDeclined(DelegateExecution execution) {
        steps.ownerProposalEnded(number(execution), IdeaEventType.OWNERSHIP_DECLINED,
                text(execution, IdeaLifecycle.DECISION_REASON), actor(execution), reference(execution));
    }

    /** The proposed organisation let the proposal lapse: the programme manager proposes again. */
    public void recordOwnershipLapsed(DelegateExecution execution) {
        steps.ownerProposalEnded(number(execution), IdeaEventType.OWNERSHIP_LAPSED, null,
                IdeaLifecycle.ENGINE_ACTOR, reference(execution));
    }

    public void remindOwnership(DelegateExecution execution) {
        remind(execution, IdeaLifecycle.OWNERSHIP_REMINDER_NOTE);
    }

    public void remindElaboration(DelegateExecution execution) {
        remind(execution, IdeaLifecycle.ELABORATION_REMINDER_NOTE);
    }

    public void remindProgress(DelegateExecution execution) {
        remind(execution, IdeaLifecycle.PROGRESS_REMINDER_NOTE);
    }

    /**
     * A reminder to whoever holds the ball, recorded on the timeline (the inbox) under the note's message key. The
     * lifecycle's reminders above name their note; a model of its own (a probe of the job executor) passes one.
     */
    public void remind(DelegateExecution execution, String messageKey) {
        Reminder reminder = REMINDERS.get(messageKey);
        if (reminder == null) {
            steps.record(number(execution), IdeaEventType.NOTIFIED, messageKey, IdeaLifecycle.ENGINE_ACTOR,
                    reference(execution));
            return;
        }
        String number = number(execution);
        String path = IdeaLifecycle.ACCEPT_OWNERSHIP.equals(reminder.taskKey())
                ? openTask(execution, reminder.taskKey()).map(IdeaPaths::partnerTask)
                        .orElse(IdeaPaths.idea(number))
                : IdeaPaths.elaboration(number);
        steps.remind(number, messageKey, IdeaLifecycle.ENGINE_ACTOR, reference(execution),
                ((Number) execution.getVariable(reminder.organisationVariable())).longValue(), reminder.template(),
                path);
    }

    private static Optional<String> openTask(DelegateExecution execution, String taskKey) {
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list().stream()
                .map(Task::getId).findFirst();
    }

    /** Screening overdue: the programme managers may take the task over, and the timeline says so. */
    public void escalateScreening(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        String path = IdeaPaths.idea(number(execution));
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(IdeaLifecycle.SCREEN_IDEA).list()) {
            path = IdeaPaths.task(task.getId());
            boolean alreadyCandidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                            && PortalRoles.PROGRAMME_MANAGER.equals(link.getGroupId()));
            if (!alreadyCandidate) {
                tasks.addCandidateGroup(task.getId(), PortalRoles.PROGRAMME_MANAGER);
            }
        }
        steps.screeningEscalated(number(execution), PortalRoles.PROGRAMME_MANAGER, IdeaLifecycle.ENGINE_ACTOR,
                reference(execution), path);
    }

    private static String number(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }

    private static long proposedOwner(DelegateExecution execution) {
        return ((Number) execution.getVariable(IdeaLifecycle.PROPOSED_OWNER_ID)).longValue();
    }

    private static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null ? null : value.toString();
    }

    /** The person who completed the task or sent the message; the engine itself for timers and jobs. */
    private static String actor(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null
                ? IdeaLifecycle.ENGINE_ACTOR : authentication.getUserId();
    }

    /** Stable for one execution of one step: a retried step finds the entry it wrote. */
    private static String reference(DelegateExecution execution) {
        return execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId();
    }
}
