package nl.samenduurzaam.workflow.idea;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the code reads from the model's keys agrees with the model itself. */
class IdeaLifecycleModelTest {

    @Test
    void theOrganisationsTasksAreExactlyTheTasksWhoseCandidateGroupIsAnOrganisation() {
        InputStream model = getClass().getClassLoader().getResourceAsStream("bpmn/ideaLifecycle.bpmn");
        BpmnModelInstance lifecycle = Bpmn.readModelFromStream(model);

        Set<String> organisationTasks = lifecycle.getModelElementsByType(UserTask.class).stream()
                .filter(task -> task.getCamundaCandidateGroups() != null && task.getCamundaCandidateGroups()
                        .startsWith(IdeaLifecycle.ORGANISATION_GROUP_PREFIX))
                .map(UserTask::getId)
                .collect(Collectors.toSet());

        assertThat(IdeaLifecycle.ORGANISATION_TASKS).isEqualTo(organisationTasks);
    }
}
