package nl.samenduurzaam.workflow.task.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.audit.control.AccessGuard;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.entity.IllegalStatusTransitionException;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Who may work on a task and how a task is completed, for the task boundaries: the caller's groups (roles, and the
 * organisation's group for partners), the refusal of everything else (audited), and completion with the engine's
 * concurrency failures turned into clear messages.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TaskAccess {

    private static final Logger LOG = Logger.getLogger(TaskAccess.class.getName());
    private static final String TASK = "task";

    @Inject
    private Caller caller;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private AccessGuard guard;

    @Inject
    private TaskService taskService;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private IdentityService identityService;

    public String username() {
        return caller.username();
    }

    /** The caller's candidate groups: the login roles, and "organisation-{id}" for a partner's organisation. */
    public Set<String> callerGroups() {
        Set<String> groups = new HashSet<>(caller.roles());
        if (groups.contains(PortalRoles.PARTNER)) {
            callerAccount.get().getOrganisation()
                    .ifPresent(organisation -> groups.add(CandidateGroups.organisation(organisation.getId())));
        }
        return groups;
    }

    /** The open task, if the caller holds it or is in one of its candidate groups; refused (and audited) otherwise. */
    public Task workable(String taskId, String action) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new PortalException("task.not-found");
        }
        if (username().equals(task.getAssignee()) || isCandidate(task.getId(), callerGroups())) {
            return task;
        }
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            // completed by a colleague after it was read
            throw new PortalException("task.completed-meanwhile");
        }
        throw guard.refuse(action, TASK, taskId);
    }

    /** As {@link #workable(String, String)}, for a form that belongs to one kind of task. */
    public Task workable(String taskId, String action, Set<String> taskKeys) {
        Task task = workable(taskId, action);
        if (!taskKeys.contains(task.getTaskDefinitionKey())) {
            throw new PortalException("task.wrong-form");
        }
        return task;
    }

    /**
     * Whether one of the groups may take the task, asked as a query: a colleague completing the task at this moment
     * makes the answer "no", where reading the task's identity links would fail inside the engine.
     */
    public boolean isCandidate(String taskId, Set<String> groups) {
        return !groups.isEmpty() && taskService.createTaskQuery().taskId(taskId)
                .taskCandidateGroupIn(List.copyOf(groups)).includeAssignedTasks().count() > 0;
    }

    public String ideaNumber(Task task) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance == null) {
            throw new PortalException("task.not-found");
        }
        return instance.getBusinessKey();
    }

    /** The idea number (business key) of each task's process instance, keyed by process instance id. */
    public Map<String, String> businessKeys(List<Task> tasks) {
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

    /**
     * Completes the task as the caller, claiming it first when nobody holds it. A task a colleague holds, claimed or
     * completed meanwhile, ends in a message and rolls back everything this transaction wrote.
     */
    public void complete(Task task, Map<String, Object> variables) {
        if (task.getAssignee() != null && !username().equals(task.getAssignee())) {
            throw new PortalException("task.already-claimed");
        }
        asCaller(() -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), username());
            }
            taskService.complete(task.getId(), variables);
            return null;
        });
        LOG.info(() -> username() + " completed " + task.getTaskDefinitionKey() + " " + task.getId());
    }

    /**
     * Runs an engine call as the caller (the process history and the steps see who acted), turning the engine's
     * concurrency failures and the domain's refusals raised inside a step into the portal's exceptions.
     */
    public <T> T asCaller(Supplier<T> call) {
        return asCaller(call, "task.completed-meanwhile");
    }

    /**
     * As {@link #asCaller(Supplier)}, with the message for a colleague's change at the same moment: a lost race
     * to claim a task means a colleague took it, not that it was completed.
     */
    public <T> T asCaller(Supplier<T> call, String concurrentChangeKey) {
        identityService.setAuthentication(username(), List.copyOf(callerGroups()));
        try {
            return call.get();
        } catch (TaskAlreadyClaimedException claimedByOther) {
            throw new PortalException("task.already-claimed");
        } catch (OptimisticLockingException | NullValueException concurrent) {
            throw new PortalException(concurrentChangeKey);
        } catch (ProcessEngineException failedStep) {
            throw portalCause(failedStep);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** A step's expression wraps the domain's exception; the portal's own message is the one to show. */
    private static RuntimeException portalCause(ProcessEngineException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStatusTransitionException refused && !refused.getFrom().isFinal()) {
                // inside a task's step, an open idea in another status means a colleague moved it meanwhile
                return new PortalException("task.changed-meanwhile");
            }
            if (cause instanceof PortalException portal) {
                return portal;
            }
            if (cause instanceof OptimisticLockingException) {
                return new PortalException("task.completed-meanwhile");
            }
            if (cause instanceof ProcessEnginePersistenceException) {
                // typically a step of the same process running at that moment (a job) holding its rows
                return new PortalException("workflow.changed-meanwhile");
            }
        }
        return failure;
    }
}
