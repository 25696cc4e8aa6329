package nl.samenduurzaam.workflow.idea;

import nl.samenduurzaam.workflow.test.InMemoryProcessEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@Deployment(resources = "bpmn/ideaLifecycle.bpmn")
class IdeaLifecycleScreeningTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryProcessEngine.get()).build();

    private final RecordShortlistDelegate recordShortlist = mock(RecordShortlistDelegate.class);
    private final RecordNotPursuedDelegate recordNotPursued = mock(RecordNotPursuedDelegate.class);

    @BeforeEach
    void registerDelegates() {
        Mocks.register("recordShortlistDelegate", recordShortlist);
        Mocks.register("recordNotPursuedDelegate", recordNotPursued);
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    @Test
    void submittedIdeaWaitsForScreeningByTheScreenersWithinTenDays() {
        // when
        ProcessInstance instance = start("SD-2026-0001");

        // then
        assertThat(instance).isWaitingAt(IdeaLifecycle.SCREEN_IDEA);
        Task screening = task(instance);
        assertThat(screening).hasCandidateGroup("screener").isNotAssigned();
        assertThat(engine().getTaskService().getIdentityLinksForTask(screening.getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("screener");
        Duration untilDue = Duration.between(Instant.now(), screening.getDueDate().toInstant());
        assertThat(untilDue).isBetween(Duration.ofDays(10).minusMinutes(5), Duration.ofDays(10));
        assertThat(engine().getRuntimeService().getVariable(instance.getId(), IdeaLifecycle.IDEA_NUMBER))
                .isEqualTo("SD-2026-0001");
    }

    @Test
    void shortlistedIdeaIsRecordedAndTheScreeningEnds() throws Exception {
        // given
        ProcessInstance instance = start("SD-2026-0002");

        // when
        complete(task(instance), withVariables(IdeaLifecycle.SCREENING_DECISION, ScreeningDecision.SHORTLIST.name()));

        // then
        assertThat(instance).hasPassedInOrder(IdeaLifecycle.SCREEN_IDEA, IdeaLifecycle.RECORD_SHORTLIST,
                IdeaLifecycle.SHORTLIST_RECORDED).hasNotPassed(IdeaLifecycle.RECORD_NOT_PURSUED).isEnded();
        verify(recordShortlist).execute(any());
        verify(recordNotPursued, never()).execute(any());
    }

    @Test
    void notPursuedIdeaIsRecordedWithItsReason() throws Exception {
        // given
        ProcessInstance instance = start("SD-2026-0003");

        // when
        complete(task(instance), withVariables(
                IdeaLifecycle.SCREENING_DECISION, ScreeningDecision.NOT_PURSUED.name(),
                IdeaLifecycle.NOT_PURSUED_REASON, "Valt buiten de opgaven van Samen Duurzaam"));

        // then
        assertThat(instance).hasPassedInOrder(IdeaLifecycle.SCREEN_IDEA, IdeaLifecycle.RECORD_NOT_PURSUED,
                IdeaLifecycle.NOT_PURSUED_RECORDED).hasNotPassed(IdeaLifecycle.RECORD_SHORTLIST).isEnded();
        assertThat(instance).variables()
                .containsEntry(IdeaLifecycle.NOT_PURSUED_REASON, "Valt buiten de opgaven van Samen Duurzaam");
        verify(recordNotPursued).execute(any());
        verify(recordShortlist, never()).execute(any());
    }

    private ProcessInstance start(String ideaNumber) {
        Map<String, Object> variables = Variables.createVariables()
                .putValue(IdeaLifecycle.IDEA_ID, 1L)
                .putValue(IdeaLifecycle.IDEA_NUMBER, ideaNumber)
                .putValue(IdeaLifecycle.THEME_CODE, "ENERGY_TRANSITION")
                .putValue(IdeaLifecycle.PROPOSING_ORGANISATION_ID, 7L);
        return engine().getRuntimeService()
                .startProcessInstanceByKey(IdeaLifecycle.PROCESS_KEY, ideaNumber, variables);
    }

    private ProcessEngine engine() {
        return extension.getProcessEngine();
    }
}
