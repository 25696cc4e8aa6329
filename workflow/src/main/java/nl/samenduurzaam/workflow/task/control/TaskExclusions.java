package nl.samenduurzaam.workflow.task.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.assessment.control.AssessmentScores;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tasks a person's group may take but the person may not do: the second assessment of an idea the screener has
 * already assessed (each screener assesses an idea once), and the approval of a municipal role the person proposed
 * (four eyes). The task list says why instead of offering them; claiming and handing over refuse them, so that no
 * claim is left behind a refusal.
 */
@Stateless
public class TaskExclusions {

    static final String ASSESSED = "task.excluded.assessed";
    static final String OWN_PROPOSAL = "task.excluded.own-proposal";

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private AssessmentScores assessments;

    /**
     * For each of the tasks that {@code username} may not do, the message key saying why; {@code numbersByProcess}
     * gives each task's idea. Two queries at most, whatever the number of tasks.
     */
    public Map<String, String> of(List<Task> tasks, Map<String, String> numbersByProcess, String username) {
        Map<String, String> excluded = new HashMap<>();
        List<Task> assessing = ofKind(tasks, IdeaLifecycle.ASSESS_IDEA);
        if (!assessing.isEmpty()) {
            Set<String> assessed = assessments.assessedBy(username, assessing.stream()
                    .map(task -> numbersByProcess.get(task.getProcessInstanceId())).collect(Collectors.toSet()));
            assessing.stream().filter(task -> assessed.contains(numbersByProcess.get(task.getProcessInstanceId())))
                    .forEach(task -> excluded.put(task.getId(), ASSESSED));
        }
        List<Task> approving = ofKind(tasks, IdeaLifecycle.APPROVE_MUNICIPAL_ROLE);
        if (!approving.isEmpty()) {
            Map<String, Object> proposers = runtimeService.createVariableInstanceQuery()
                    .variableName(IdeaLifecycle.ROLE_PROPOSED_BY)
                    .processInstanceIdIn(approving.stream().map(Task::getProcessInstanceId).toArray(String[]::new))
                    .list().stream()
                    .filter(variable -> variable.getValue() != null)
                    .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, VariableInstance::getValue,
                            (first, second) -> first));
            approving.stream()
                    .filter(task -> proposers.get(task.getProcessInstanceId()) instanceof String proposer
                            && proposer.equalsIgnoreCase(username))
                    .forEach(task -> excluded.put(task.getId(), OWN_PROPOSAL));
        }
        return excluded;
    }

    /** Why {@code username} may not do this task, if they may not. */
    public Optional<String> of(Task task, Map<String, String> numbersByProcess, String username) {
        return Optional.ofNullable(of(List.of(task), numbersByProcess, username).get(task.getId()));
    }

    private static List<Task> ofKind(List<Task> tasks, String taskKey) {
        return tasks.stream().filter(task -> taskKey.equals(task.getTaskDefinitionKey())).toList();
    }
}
