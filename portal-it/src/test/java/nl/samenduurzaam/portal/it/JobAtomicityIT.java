package nl.samenduurzaam.portal.it;

import jakarta.inject.Inject;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.boundary.TimelineEntry;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step run by the job executor is one transaction: the domain's write (a timeline entry through the lifecycle's own
 * {@code ideaSteps} bean) and the engine's (the job's deletion, the process moving on, its history) commit together
 * or not at all, on the job executor's own thread. A probe process of this test runs the step asynchronously and then
 * fails either in the engine after the domain's write, or in the domain's write at commit, after the engine has
 * written its part.
 */
@ExtendWith(ArquillianExtension.class)
class JobAtomicityIT {

    private static final String PROBE = "jobAtomicityProbe";
    private static final String NOTE_VARIABLE = "probeNote";

    @Inject
    private Ideas ideas;

    @Inject
    private Themes themes;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ManagementService managementService;

    private String deploymentId;
    private String processInstanceId;

    @BeforeEach
    void deployTheProbe() {
        deploymentId = null;
        processInstanceId = null;
    }

    @AfterEach
    void removeTheProbe() {
        if (processInstanceId != null
                && runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtimeService.deleteProcessInstance(processInstanceId, "test finished", true, true);
        }
        if (deploymentId != null) {
            repositoryService.deleteDeployment(deploymentId, true, true);
        }
    }

    @Test
    void aJobCommitsTheDomainsWriteAndTheEnginesTogether() throws Exception {
        IdeaSummary idea = anIdea();
        String note = "probe-" + UUID.randomUUID();

        runProbe(idea, note, "");

        assertThat(awaitOutcome()).as("the job ran and is gone").isNull();
        assertThat(runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
                .activityId("probeFinished").count()).isEqualTo(1);
        assertThat(notesOf(idea)).containsOnlyOnce(note);
    }

    @Test
    void aFailureInTheEngineAfterTheDomainsWriteRollsTheDomainBack() throws Exception {
        IdeaSummary idea = anIdea();
        String note = "probe-" + UUID.randomUUID();

        // after the timeline entry, an expression the engine cannot resolve fails the job's transaction
        runProbe(idea, note, "${missingProbeBean.fail()}");

        Job failed = awaitOutcome();
        assertThat(failed).as("the failed job is kept for its retries").isNotNull();
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getExceptionMessage()).contains("missingProbeBean");
        assertThat(notesOf(idea)).as("the domain's write was rolled back with the engine's").doesNotContain(note);
        assertThat(runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
                .activityId("probeFinished").count()).isZero();
    }

    @Test
    void aFailureOfTheDomainsWriteAtCommitRollsTheEnginesPartBack() throws Exception {
        IdeaSummary idea = anIdea();
        // longer than the timeline's note column: the database refuses it when JPA flushes at commit, after the
        // engine has written the process's next step and the job's deletion
        String note = "probe-" + "x".repeat(2_100);

        runProbe(idea, note, "");

        Job failed = awaitOutcome();
        assertThat(failed).as("the job was not deleted: the engine's part was rolled back").isNotNull();
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
                .activityId("probeFinished").count()).as("the process did not move on").isZero();
        assertThat(notesOf(idea)).noneMatch(entry -> entry != null && entry.startsWith("probe-x"));
    }

    private IdeaSummary anIdea() {
        Users.loginAs(Users.PARTNER);
        return ideas.submit(new IdeaSubmission("Atomaire stap " + UUID.randomUUID().toString().substring(0, 8),
                "Een idee waarop een stap van de job executor wordt beproefd", themes.all().get(0).id()));
    }

    /** Deploys the probe and starts it for the idea; the job executor runs its asynchronous step. */
    private void runProbe(IdeaSummary idea, String note, String failingExpression) {
        deploymentId = repositoryService.createDeployment()
                .name(PROBE + "-" + UUID.randomUUID())
                .addString(PROBE + ".bpmn", probeModel(failingExpression))
                .deploy().getId();
        String definitionId = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId)
                .singleResult().getId();
        processInstanceId = runtimeService.startProcessInstanceById(definitionId, idea.number(),
                Map.of(NOTE_VARIABLE, note)).getId();
    }

    /** Waits until the job executor ran the probe's job: null when it succeeded, the job with its failure otherwise. */
    private Job awaitOutcome() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Job current = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
            if (current == null || current.getRetries() < 3) {
                return current;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The job executor did not run the probe's job within a minute");
    }

    private List<String> notesOf(IdeaSummary idea) {
        Users.loginAs(Users.SCREENER);
        return ideas.detail(idea.number()).timeline().stream()
                .filter(entry -> entry.type() == IdeaEventType.NOTIFIED)
                .map(TimelineEntry::note)
                .toList();
    }

    private static String probeModel(String failingExpression) {
        String failingStep = failingExpression.isEmpty() ? ""
                : "<bpmn:serviceTask id=\"probeFails\" camunda:expression=\"" + failingExpression + "\"/>";
        String afterStep = failingExpression.isEmpty() ? "probeFinished" : "probeFails";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="probeDefinitions"
                    targetNamespace="https://samenduurzaam.nl/test">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="probeStarted"/>
                    <bpmn:sequenceFlow id="toRecordInJob" sourceRef="probeStarted" targetRef="recordInJob"/>
                    <bpmn:serviceTask id="recordInJob" camunda:asyncBefore="true"
                        camunda:expression="${ideaSteps.remind(execution, %2$s)}"/>
                    <bpmn:sequenceFlow id="toAfterRecord" sourceRef="recordInJob" targetRef="%3$s"/>
                    %4$s
                    %5$s
                    <bpmn:receiveTask id="probeFinished"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(PROBE, NOTE_VARIABLE, afterStep, failingStep, failingExpression.isEmpty() ? ""
                : "<bpmn:sequenceFlow id=\"toProbeFinished\" sourceRef=\"probeFails\" targetRef=\"probeFinished\"/>");
    }
}
