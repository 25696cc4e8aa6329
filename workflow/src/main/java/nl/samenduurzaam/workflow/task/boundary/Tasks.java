package nl.samenduurzaam.workflow.task.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.Colleague;
import nl.samenduurzaam.portal.assessment.boundary.AssessmentForm;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.elaboration.boundary.Elaborations;
import nl.samenduurzaam.portal.idea.boundary.IdeaNumberFormat;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.role.boundary.MunicipalRoles;
import nl.samenduurzaam.portal.role.boundary.RoleAssignmentView;
import nl.samenduurzaam.portal.role.boundary.RoleProposalForm;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.control.CandidateGroups;
import nl.samenduurzaam.workflow.task.control.TaskAccess;
import nl.samenduurzaam.workflow.task.control.TaskExclusions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The task list and the forms of every user task of {@code ideaLifecycle}: listing the caller's tasks (own, the
 * groups', the organisation's), claiming, handing over, dates, and completing each task with its validated form.
 * The domain change and the process step commit together; every check is made here, not only in the pages.
 */
@Stateless
@DeclareRoles({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER,
        PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
@RolesAllowed(PortalRoles.LIFECYCLE_MEMBER)
public class Tasks {

    private static final int MAX_TASKS = 200;
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    @Inject
    private TaskAccess access;

    @Inject
    private TaskService taskService;

    @Inject
    private Ideas ideas;

    @Inject
    private Assessments assessments;

    @Inject
    private MunicipalRoles roles;

    @Inject
    private Elaborations elaborations;

    @Inject
    private Organisations organisations;

    @Inject
    private Accounts accounts;

    @Inject
    private TaskExclusions exclusions;

    /** Tasks the caller holds or may take (the caller's groups, a partner's organisation), oldest first. */
    public List<TaskSummary> listForCurrentUser() {
        List<Task> tasks = taskService.createTaskQuery()
                .or()
                    .taskAssignee(access.username())
                    .taskCandidateGroupIn(List.copyOf(access.callerGroups()))
                .endOr()
                .orderByTaskCreateTime().asc()
                .listPage(0, MAX_TASKS);
        return summaries(tasks);
    }

    /** The open tasks of one idea that the caller holds or may take, oldest first: a page of the idea needs no list. */
    public List<TaskSummary> openOf(@IdeaNumberFormat String ideaNumber) {
        List<Task> tasks = taskService.createTaskQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(ideaNumber)
                .or()
                    .taskAssignee(access.username())
                    .taskCandidateGroupIn(List.copyOf(access.callerGroups()))
                .endOr()
                .orderByTaskCreateTime().asc()
                .list();
        return summaries(tasks);
    }

    /**
     * One page of the caller's tasks as the query asks. The idea filters become the ideas' numbers (business keys);
     * whether a next page exists is known from one task fetched beyond the page, never from a count.
     */
    @RolesAllowed(PortalRoles.CIVIL_SERVANT)
    public Page<TaskSummary> search(@NotNull @Valid TaskQuery query) {
        org.camunda.bpm.engine.task.TaskQuery tasks = taskService.createTaskQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY);
        List<String> groups = List.copyOf(access.callerGroups());
        switch (query.scope()) {
            case MINE -> tasks.taskAssignee(access.username());
            case UNCLAIMED -> tasks.taskCandidateGroupIn(groups).taskUnassigned();
            case ALL -> tasks.or().taskAssignee(access.username()).taskCandidateGroupIn(groups)
                    .includeAssignedTasks().endOr();
        }
        if (query.taskKey() != null && !query.taskKey().isBlank()) {
            tasks.taskDefinitionKey(query.taskKey());
        }
        if (query.overdueOnly()) {
            // the engine's time, which its due dates are set by
            tasks.dueBefore(ClockUtil.getCurrentTime());
        }
        if (query.dueUntil() != null) {
            tasks.dueBefore(Date.from(query.dueUntil().plusDays(1).atStartOfDay(MUNICIPALITY).toInstant()));
        }
        if (query.filtersIdeas()) {
            List<String> numbers = ideas.numbersMatching(query.text(), query.themeId(), query.sessionId());
            if (numbers.isEmpty()) {
                return Page.of(List.of(), query.page(), query.size());
            }
            tasks.processInstanceBusinessKeyIn(numbers.toArray(String[]::new));
        }
        switch (query.sort()) {
            case CREATED -> tasks.orderByTaskCreateTime();
            case DUE -> tasks.orderByDueDate();
            case FOLLOW_UP -> tasks.orderByFollowUpDate();
        }
        if (query.ascending()) {
            tasks.asc();
        } else {
            tasks.desc();
        }
        tasks.orderByTaskId().asc();
        List<Task> fetched = tasks.listPage(query.page() * query.size(), query.size() + 1);
        return Page.of(summaries(fetched), query.page(), query.size());
    }

    /** One task the caller holds or may take, for the task's page. */
    public TaskSummary find(@NotBlank @Size(max = 64) String taskId) {
        return summaries(List.of(access.workable(taskId, "task.read"))).get(0);
    }

    private List<TaskSummary> summaries(List<Task> tasks) {
        Map<String, String> numbersByProcess = access.businessKeys(tasks);
        Map<String, IdeaSummary> ideasByNumber = ideas.findByNumbers(Set.copyOf(numbersByProcess.values()));
        Map<String, String> excluded = exclusions.of(tasks, numbersByProcess, access.username());
        return tasks.stream().map(task -> {
            IdeaSummary idea = ideasByNumber.get(numbersByProcess.get(task.getProcessInstanceId()));
            return new TaskSummary(task.getId(), task.getTaskDefinitionKey(),
                    idea == null ? null : idea.number(), idea == null ? null : idea.title(),
                    idea == null ? null : idea.themeNameNl(), idea == null ? null : idea.themeNameEn(),
                    task.getCreateTime().toInstant(), instant(task.getDueDate()), instant(task.getFollowUpDate()),
                    task.getAssignee(), excluded.get(task.getId()));
        }).toList();
    }

    public void claim(@NotBlank @Size(max = 64) String taskId) {
        Task task = access.workable(taskId, "task.claim");
        if (access.username().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new PortalException("task.already-claimed");
        }
        refuseIfExcluded(task, access.username());
        access.asCaller(() -> {
            taskService.claim(taskId, access.username());
            return null;
        }, "task.already-claimed");
    }

    public void unclaim(@NotBlank @Size(max = 64) String taskId) {
        Task task = access.workable(taskId, "task.unclaim");
        if (!access.username().equals(task.getAssignee())) {
            throw new PortalException("task.not-yours");
        }
        access.asCaller(() -> {
            taskService.setAssignee(taskId, null);
            return null;
        });
    }

    /** A task the person's group may take but the person may not do is neither claimed nor handed to them. */
    private void refuseIfExcluded(Task task, String username) {
        Optional<String> why = exclusions.of(task, access.businessKeys(List.of(task)), username);
        if (why.isPresent()) {
            throw new PortalException(why.get());
        }
    }

    /** Hands a task the caller holds or may take to a colleague who may take it too. */
    public void delegate(@NotBlank @Size(max = 64) String taskId, @NotBlank @Size(max = 100) String colleague) {
        Task task = access.workable(taskId, "task.delegate");
        if (task.getAssignee() != null && !access.username().equals(task.getAssignee())) {
            throw new PortalException("task.already-claimed");
        }
        Colleague to = accounts.colleague(colleague).orElseThrow(() -> new PortalException("task.delegate.unknown"));
        Set<String> groups = new HashSet<>(to.roles());
        if (to.organisationId() != null && to.roles().contains(PortalRoles.PARTNER)) {
            groups.add(CandidateGroups.organisation(to.organisationId()));
        }
        if (!access.isCandidate(taskId, groups)) {
            throw new PortalException("task.delegate.not-allowed");
        }
        refuseIfExcluded(task, to.username());
        access.asCaller(() -> {
            taskService.setAssignee(taskId, to.username());
            return null;
        });
    }

    public void setDueDate(@NotBlank @Size(max = 64) String taskId,
                           @NotNull(message = "{task.date.required}")
                           @FutureOrPresent(message = "{task.date.past}") Instant due) {
        changeDates(taskId, "task.due", task -> task.setDueDate(Date.from(due)));
    }

    /** The date the holder wants to see the task again; empty to clear it. */
    public void setFollowUpDate(@NotBlank @Size(max = 64) String taskId,
                                @FutureOrPresent(message = "{task.date.past}") Instant followUp) {
        changeDates(taskId, "task.follow-up", task -> task.setFollowUpDate(followUp == null ? null
                : Date.from(followUp)));
    }

    /** screenIdea: shortlist, ask the proposer a question, merge into a duplicate, or not pursue. */
    @RolesAllowed({PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER})
    public void completeScreening(@NotBlank @Size(max = 64) String taskId, @NotNull @Valid ScreeningForm form) {
        Task task = access.workable(taskId, "task.complete", Set.of(IdeaLifecycle.SCREEN_IDEA));
        String target = null;
        if (form.decision() == ScreeningForm.Decision.MERGE) {
            target = ideas.findByNumber(form.mergeTarget().strip()).number();
            if (target.equals(access.ideaNumber(task))) {
                throw new PortalException("idea.merge.into-itself");
            }
        }
        // a reason given with any decision goes to the partner, also with a shortlisting or a merge
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        access.complete(task, Variables.createVariables()
                .putValue(IdeaLifecycle.SCREENING_DECISION, form.decision().name())
                .putValue(IdeaLifecycle.DECISION_REASON, reason)
                .putValue(IdeaLifecycle.MERGE_TARGET, target));
    }

    /** clarifyIdea: the proposing organisation answers the screener's question. */
    @RolesAllowed(PortalRoles.PARTNER)
    public void completeClarification(@NotBlank @Size(max = 64) String taskId,
                                      @NotNull @Valid ClarificationForm form) {
        Task task = access.workable(taskId, "task.complete", Set.of(IdeaLifecycle.CLARIFY_IDEA));
        access.complete(task, Variables.createVariables()
                .putValue(IdeaLifecycle.CLARIFICATION, form.answer().strip()));
    }

    /** assessIdea: one screener's scores; every screener assesses an idea once. */
    @RolesAllowed(PortalRoles.SCREENER)
    public void completeAssessment(@NotBlank @Size(max = 64) String taskId, @NotNull @Valid AssessmentForm form) {
        Task task = access.workable(taskId, "task.complete", Set.of(IdeaLifecycle.ASSESS_IDEA));
        assessments.submit(access.ideaNumber(task), form);
        access.complete(task, Map.of());
    }

    /** proposeOwner: the partner organisation asked to take the idea on. */
    @RolesAllowed(PortalRoles.PROGRAMME_MANAGER)
    public void proposeOwner(@NotBlank @Size(max = 64) String taskId,
                             @NotNull(message = "{owner.organisation.required}") Long organisationId) {
        Task task = access.workable(taskId, "task.complete", Set.of(IdeaLifecycle.PROPOSE_OWNER));
        boolean partner = organisations.all().stream()
                .anyMatch(organisation -> organisation.id() == organisationId && organisation.type().isPartner());
        if (!partner) {
            throw new PortalException("organisation.not-found");
        }
        access.complete(task, Variables.createVariables().putValue(IdeaLifecycle.PROPOSED_OWNER_ID, organisationId));
    }

    /** proposeMunicipalRole: the role holder's proposal, checked against the role rules (DMN) by the process. */
    @RolesAllowed(PortalRoles.ROLE_HOLDER)
    public void proposeMunicipalRole(@NotBlank @Size(max = 64) String taskId,
                                     @NotNull @Valid RoleProposalForm form) {
        Task task = access.workable(taskId, "task.complete", Set.of(IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE));
        roles.propose(access.ideaNumber(task), form);
        List<String> codes = new ArrayList<>();
        codes.add(form.primaryRole());
        codes.addAll(form.secondaryRoles());
        access.complete(task, Variables.createVariables()
                .putValue(IdeaLifecycle.ROLES, String.join(",", codes))
                .putValue(IdeaLifecycle.CONFLICT_JUSTIFIED, form.conflictJustification() != null
                        && !form.conflictJustification().isBlank())
                .putValue(IdeaLifecycle.ROLE_PROPOSED_BY, access.username()));
    }

    /**
     * The decision tasks: selection, ownership, role approval (four eyes: never the proposer), elaboration review
     * and the completion check. The decision must belong to the task.
     */
    public void decide(@NotBlank @Size(max = 64) String taskId, @NotNull @Valid DecisionForm form) {
        Task task = access.workable(taskId, "task.complete", TaskDecision.decisionTasks());
        if (!form.decision().taskKey().equals(task.getTaskDefinitionKey())) {
            throw new PortalException("task.wrong-form");
        }
        String number = access.ideaNumber(task);
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        switch (form.decision()) {
            case APPROVE_ROLE -> roles.approve(number, currentRole(number).version());
            case SEND_BACK -> roles.sendBack(number, currentRole(number).version(), reason);
            case APPROVE_ELABORATION -> elaborations.review(number, true);
            case REVISE -> elaborations.review(number, false);
            default -> {
                // the decision is the process variable below; the steps record it in the domain
            }
        }
        VariableMap variables = Variables.createVariables()
                .putValue(form.decision().variable(), form.decision().value())
                .putValue(IdeaLifecycle.DECISION_REASON, reason);
        access.complete(task, variables);
    }

    /** Management decides a whole session's shortlist at once: all decisions are recorded, or none. */
    @RolesAllowed(PortalRoles.MANAGEMENT)
    public void decideSelections(@NotEmpty @Size(max = 200) List<@NotNull @Valid SelectionChoice> choices) {
        for (SelectionChoice choice : choices) {
            if (!IdeaLifecycle.DECIDE_SELECTION.equals(choice.form().decision().taskKey())) {
                throw new PortalException("task.wrong-form");
            }
            decide(choice.taskId(), choice.form());
        }
    }

    /** elaborateIdea: the owner hands in the plan for review. */
    @RolesAllowed(PortalRoles.PARTNER)
    public void submitElaboration(@NotBlank @Size(max = 64) String taskId) {
        Task task = access.workable(taskId, "task.complete", Set.of(IdeaLifecycle.ELABORATE_IDEA));
        elaborations.submitForReview(access.ideaNumber(task));
        access.complete(task, Map.of());
    }

    /** reportCompletion: the owner reports the idea realised (progress 100%) for a screener to confirm. */
    @RolesAllowed(PortalRoles.PARTNER)
    public void reportCompletion(@NotBlank @Size(max = 64) String taskId, @NotNull @Valid CompletionReport report) {
        Task task = access.workable(taskId, "task.complete", Set.of(IdeaLifecycle.REPORT_COMPLETION));
        elaborations.reportProgress(access.ideaNumber(task), 100, report.summary(), null);
        access.complete(task, Map.of());
    }

    private RoleAssignmentView currentRole(String number) {
        return roles.forIdea(number).orElseThrow(() -> new PortalException("role.not-proposed"));
    }

    private void changeDates(String taskId, String action, java.util.function.Consumer<Task> change) {
        Task task = access.workable(taskId, action);
        change.accept(task);
        access.asCaller(() -> {
            taskService.saveTask(task);
            return null;
        });
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
