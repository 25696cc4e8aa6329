package nl.samenduurzaam.workflow.idea;

import nl.samenduurzaam.portal.assessment.control.AssessmentScores;
import nl.samenduurzaam.portal.idea.boundary.LifecycleSteps;
import nl.samenduurzaam.workflow.engine.ProcessModels;
import nl.samenduurzaam.workflow.test.InMemoryProcessEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Deploying the models through the portal's own deployment code ({@link ProcessModels}), as at every start: an
 * unchanged model is not deployed again, a changed one becomes a new version, and instances already running finish on
 * the version they started with.
 */
class IdeaLifecycleVersioningTest {

    private static final String MODEL = "bpmn/ideaLifecycle.bpmn";

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = InMemoryProcessEngine.configuration("versioning-tests").buildProcessEngine();
        Mocks.register("ideaSteps", new IdeaSteps(mock(LifecycleSteps.class), mock(AssessmentScores.class)));
    }

    @AfterAll
    static void stopEngine() {
        Mocks.reset();
        engine.close();
    }

    @Test
    void aChangedModelBecomesANewVersionWhileRunningInstancesKeepTheirs() {
        RepositoryService repository = engine.getRepositoryService();
        ProcessModels.deploy(repository);
        ProcessModels.deploy(repository);
        ProcessDefinition first = latest();
        assertThat(first.getVersion()).as("an unchanged model is not deployed again").isEqualTo(1);
        ProcessInstance running = start("SD-2026-0001");

        BpmnModelInstance changed = Bpmn.readModelFromStream(ProcessModels.fromClassPath(MODEL));
        changed.<UserTask>getModelElementById(IdeaLifecycle.SCREEN_IDEA).setName("Screen idea (new wording)");
        ProcessModels.deploy(repository, resource -> resource.equals(MODEL)
                ? new ByteArrayInputStream(Bpmn.convertToString(changed).getBytes(StandardCharsets.UTF_8))
                : ProcessModels.fromClassPath(resource));
        ProcessInstance later = start("SD-2026-0002");

        assertThat(latest().getVersion()).isEqualTo(2);
        assertThat(running.getProcessDefinitionId()).isEqualTo(first.getId());
        assertThat(later.getProcessDefinitionId()).isEqualTo(latest().getId());
        String task = engine.getTaskService().createTaskQuery().processInstanceId(running.getId()).singleResult()
                .getId();
        engine.getTaskService().complete(task, Variables.createVariables()
                .putValue(IdeaLifecycle.SCREENING_DECISION, "NOT_PURSUED")
                .putValue(IdeaLifecycle.DECISION_REASON, "Past niet"));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(running.getId()).singleResult().getProcessDefinitionVersion()).isEqualTo(1);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(2);
    }

    private ProcessInstance start(String number) {
        return engine.getRuntimeService().startProcessInstanceByKey(IdeaLifecycle.PROCESS_KEY, number,
                Variables.createVariables().putValue(IdeaLifecycle.PROPOSING_ORGANISATION_ID, 3L)
                        .putValue(IdeaLifecycle.ASSESSORS_REQUIRED, IdeaLifecycle.DEFAULT_ASSESSORS));
    }

    private ProcessDefinition latest() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY).latestVersion().singleResult();
    }
}
