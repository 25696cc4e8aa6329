package nl.samenduurzaam.workflow.idea;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import nl.samenduurzaam.workflow.task.boundary.ScreeningForm;
import nl.samenduurzaam.workflow.task.boundary.TaskDecision;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the code reads from the model's keys agrees with the model itself. */
class IdeaLifecycleModelTest {

    /** {@code ${variable == 'VALUE'}} and {@code ${variable.field == 'VALUE'}}: a gateway comparing a value. */
    private static final Pattern COMPARISON = Pattern.compile("\\$\\{(\\w+)(?:\\.\\w+)? == '([^']*)'}");

    private final BpmnModelInstance lifecycle = Bpmn.readModelFromStream(
            getClass().getClassLoader().getResourceAsStream("bpmn/ideaLifecycle.bpmn"));

    @Test
    void everyValueAGatewayComparesIsOneTheCodeWritesIntoThatVariable() {
        Map<String, Set<String>> written = new HashMap<>();
        for (TaskDecision decision : TaskDecision.values()) {
            written.computeIfAbsent(decision.variable(), variable -> new HashSet<>()).add(decision.value());
        }
        written.put(IdeaLifecycle.SCREENING_DECISION, Arrays.stream(ScreeningForm.Decision.values())
                .map(Enum::name).collect(Collectors.toSet()));
        written.put(IdeaLifecycle.ROLE_RULES, roleRuleOutcomes());

        List<String> conditions = lifecycle.getModelElementsByType(ConditionExpression.class).stream()
                .map(ConditionExpression::getTextContent).toList();

        assertThat(conditions).isNotEmpty().allSatisfy(condition -> {
            Matcher comparison = COMPARISON.matcher(condition.strip());
            assertThat(comparison.matches()).as("a comparison of one variable: %s", condition).isTrue();
            assertThat(written.get(comparison.group(1))).as(condition).contains(comparison.group(2));
        });
    }

    /** The values the role rules' DMN table declares for its outcome column. */
    private Set<String> roleRuleOutcomes() {
        DmnModelInstance rules = Dmn.readModelFromStream(
                getClass().getClassLoader().getResourceAsStream("dmn/municipalRoleRules.dmn"));
        return rules.getModelElementsByType(Output.class).stream()
                .filter(output -> "outcome".equals(output.getName()))
                .flatMap(output -> Arrays.stream(output.getOutputValues().getText().getTextContent().split(",")))
                .map(value -> value.strip().replace("\"", ""))
                .collect(Collectors.toSet());
    }

    @Test
    void theModelPassesTheStepsBeanNoLiteral() {
        String model = Bpmn.convertToString(lifecycle);
        Matcher call = Pattern.compile("\\$\\{ideaSteps\\.\\w+\\(([^)]*)\\)}").matcher(model);
        List<String> arguments = new ArrayList<>();
        while (call.find()) {
            arguments.add(call.group(1));
        }

        assertThat(arguments).isNotEmpty().allMatch(argument -> argument.equals("execution")
                || argument.equals("task"));
    }

    @Test
    void theOrganisationsTasksAreExactlyTheTasksWhoseCandidateGroupIsAnOrganisation() {
        Set<String> organisationTasks = lifecycle.getModelElementsByType(UserTask.class).stream()
                .filter(task -> task.getCamundaCandidateGroups() != null && task.getCamundaCandidateGroups()
                        .startsWith(IdeaLifecycle.ORGANISATION_GROUP_PREFIX))
                .map(UserTask::getId)
                .collect(Collectors.toSet());

        assertThat(IdeaLifecycle.ORGANISATION_TASKS).isEqualTo(organisationTasks);
    }
}
