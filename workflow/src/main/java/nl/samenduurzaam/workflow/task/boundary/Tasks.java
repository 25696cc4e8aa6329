package nl.samenduurzaam.workflow.task.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.AccessRefusedException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.idea.ScreeningDecision;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The civil servants' task list: the tasks of the caller and of the caller's candidate groups, claiming and
 * completing them. Every check is made here, not only in the pages.
 */
@Stateless
@DeclareRoles({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER,
        PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
@RolesAllowed({PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER, PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT})
public class Tasks {

    private static final Logger LOG = Logger.getLogger(Tasks.class.getName());
    private static final int MAX_TASKS = 200;

    @Resource
    private SessionContext context;

    @Inject
    private TaskService taskService;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private Ideas ideas;

    /** Tasks assigned to the caller or open to one of the caller's groups, oldest first. */
    public List<TaskSummary> listForCurrentUser() {
        List<Task> tasks = taskService.createTaskQuery()
                .or()
                    .taskAssignee(username())
                    .taskCandidateGroupIn(List.copyOf(callerGroups()))
                .endOr()
                .orderByTaskCreateTime().asc()
                .listPage(0, MAX_TASKS);
        Map<String, String> numbersByProcess = businessKeys(tasks);
        Map<String, IdeaSummary> ideasByNumber = ideas.findByNumbers(Set.copyOf(numbersByProcess.values()));
        return tasks.stream().map(task -> {
            IdeaSummary idea = ideasByNumber.get(numbersByProcess.get(task.getProcessInstanceId()));
            return new TaskSummary(task.getId(), task.getTaskDefinitionKey(),
                    idea == null ? null : idea.number(), idea == null ? null : idea.title(),
                    idea == null ? null : idea.themeNameNl(), idea == null ? null : idea.themeNameEn(),
                    task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee());
        }).toList();
    }

    public void claim(@NotBlank @Size(max = 64) String taskId) {
        Task task = mayWorkOn(taskId);
        if (username().equals(task.getAssignee())) {
            return;
        }
        try {
            taskService.claim(taskId, username());
        } catch (TaskAlreadyClaimedException claimedByOther) {
            throw new PortalException("task.already-claimed");
        } catch (OptimisticLockingException concurrent) {
            throw new PortalException("task.changed-meanwhile");
        }
    }

    public void unclaim(@NotBlank @Size(max = 64) String taskId) {
        Task task = mayWorkOn(taskId);
        if (!username().equals(task.getAssignee())) {
            throw new PortalException("task.not-yours");
        }
        taskService.setAssignee(taskId, null);
    }

    /** Completes a screenIdea task with the screener's decision; the idea's status changes in this transaction. */
    @RolesAllowed({PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER})
    public void completeScreening(@NotBlank @Size(max = 64) String taskId, @NotNull @Valid ScreeningForm form) {
        Task task = mayWorkOn(taskId);
        if (!IdeaLifecycle.SCREEN_IDEA.equals(task.getTaskDefinitionKey())) {
            throw new PortalException("task.wrong-form");
        }
        if (task.getAssignee() != null && !username().equals(task.getAssignee())) {
            throw new PortalException("task.already-claimed");
        }
        try {
            if (task.getAssignee() == null) {
                taskService.claim(taskId, username());
            }
            taskService.complete(taskId, Variables.createVariables()
                    .putValue(IdeaLifecycle.SCREENING_DECISION, form.decision().name())
                    .putValue(IdeaLifecycle.DECISION_REASON,
                            form.decision() == ScreeningDecision.NOT_PURSUED ? form.reason().strip() : null));
        } catch (TaskAlreadyClaimedException claimedByOther) {
            throw new PortalException("task.already-claimed");
        } catch (OptimisticLockingException concurrent) {
            throw new PortalException("task.completed-meanwhile");
        }
        LOG.info(() -> username() + " completed " + task.getTaskDefinitionKey() + " with " + form.decision());
    }

    /** The task, if it is still open and the caller is its assignee or in one of its candidate groups. */
    private Task mayWorkOn(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new PortalException("task.not-found");
        }
        if (username().equals(task.getAssignee())) {
            return task;
        }
        Set<String> groups = callerGroups();
        boolean candidate = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .anyMatch(groups::contains);
        if (!candidate) {
            LOG.warning(() -> "Refused " + username() + " working on task " + taskId);
            throw new AccessRefusedException();
        }
        return task;
    }

    private Map<String, String> businessKeys(List<Task> tasks) {
        Set<String> processIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (processIds.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery().processInstanceIds(processIds).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey,
                        (first, second) -> first));
    }

    private Set<String> callerGroups() {
        return PortalRoles.ALL.stream().filter(context::isCallerInRole).collect(Collectors.toSet());
    }

    private String username() {
        return context.getCallerPrincipal().getName();
    }
}
