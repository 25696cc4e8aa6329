package nl.samenduurzaam.workflow.demo;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.demo.DemoStatusChange;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The engine history the demo ideas' timelines tell of. The demo programme stands for months of work, but the engine
 * only starts the open ideas' processes at the step each has reached; without this history the lead-time report and
 * its heatmap would be empty on a fresh demo, and an idea's page would show no steps passed. Every status change on a
 * timeline closes the user tasks that lead to it, between the change before and this one, done by the change's
 * actor. Steps of an open idea go to its running process; a closed idea gets an ended process of its own.
 */
@Stateless
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private RuntimeService runtimeService;

    public void write(List<DemoStatusChange> changes) {
        Map<String, List<DemoStatusChange>> perIdea = new LinkedHashMap<>();
        changes.forEach(change -> perIdea.computeIfAbsent(change.ideaNumber(), number -> new ArrayList<>())
                .add(change));
        String definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY).latestVersion().singleResult().getId();
        int steps = 0;
        try (Connection connection = dataSource.getConnection();
             EngineHistoryWriter history = new EngineHistoryWriter(connection, definition)) {
            for (Map.Entry<String, List<DemoStatusChange>> idea : perIdea.entrySet()) {
                steps += write(history, idea.getKey(), idea.getValue());
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The demo ideas' history could not be written", failed);
        }
        int written = steps;
        LOG.info(() -> "Demo history written: " + written + " steps of " + perIdea.size() + " ideas");
    }

    private int write(EngineHistoryWriter history, String number, List<DemoStatusChange> timeline)
            throws SQLException {
        ProcessInstance running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY).processInstanceBusinessKey(number).singleResult();
        String process = running == null ? "demo-" + number : running.getId();
        Instant since = timeline.get(0).at();
        int steps = 0;
        for (DemoStatusChange change : timeline.subList(1, timeline.size())) {
            List<Step> done = stepsLeadingTo(change.status());
            if (done == null) {
                continue;   // a status taken up within a step: the step goes on
            }
            Duration each = Duration.between(since, change.at()).dividedBy(Math.max(1, done.size()));
            Instant start = since;
            for (Step step : done) {
                Instant end = start.plus(each);
                for (String performer : step.performers().isEmpty() ? List.of(change.actor()) : step.performers()) {
                    history.completedTask(process, step.activityId(), performer, start, end);
                    steps++;
                }
                start = end;
            }
            since = change.at();
        }
        if (running == null && steps > 0) {
            history.endedProcess(process, number, timeline.get(0).at(), timeline.get(timeline.size() - 1).at());
        }
        return steps;
    }

    /**
     * The user tasks completed on the way to a status, in their order; null for a status reached while a step is
     * still being worked on (in screening, in elaboration). A status reached by cancelling the process (parked,
     * stopped, withdrawn) completes no step.
     */
    private static List<Step> stepsLeadingTo(IdeaStatus status) {
        return switch (status) {
            case IN_SCREENING, IN_ELABORATION -> null;
            case SHORTLISTED, NOT_PURSUED, MERGED, CLARIFICATION_REQUESTED -> List.of(
                    Step.byActor(IdeaLifecycle.SCREEN_IDEA));
            case SELECTED -> List.of(new Step(IdeaLifecycle.ASSESS_IDEA, List.of("beoordelaar", "beoordelaar2")),
                    Step.byActor(IdeaLifecycle.DECIDE_SELECTION));
            case OWNERSHIP_ACCEPTED -> List.of(new Step(IdeaLifecycle.PROPOSE_OWNER, List.of("programmamanager")),
                    Step.byActor(IdeaLifecycle.ACCEPT_OWNERSHIP));
            case ROLE_ASSIGNED -> List.of(new Step(IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE, List.of("rolhouder")),
                    Step.byActor(IdeaLifecycle.APPROVE_MUNICIPAL_ROLE));
            case IN_REVIEW -> List.of(Step.byActor(IdeaLifecycle.ELABORATE_IDEA));
            case IMPLEMENTING -> List.of(Step.byActor(IdeaLifecycle.REVIEW_ELABORATION));
            case COMPLETED -> List.of(new Step(IdeaLifecycle.REPORT_COMPLETION, List.of("partner")),
                    Step.byActor(IdeaLifecycle.CONFIRM_COMPLETION));
            default -> List.of();
        };
    }

    /** A user task and the demo people who did it (in parallel); none: whoever made the status change. */
    private record Step(String activityId, List<String> performers) {

        static Step byActor(String activityId) {
            return new Step(activityId, List.of());
        }
    }
}
