package nl.samenduurzaam.portal.web.task;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.session.boundary.SessionSummary;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.web.i18n.Texts;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.boundary.DecisionForm;
import nl.samenduurzaam.workflow.task.boundary.SelectionChoice;
import nl.samenduurzaam.workflow.task.boundary.TaskDecision;
import nl.samenduurzaam.workflow.task.boundary.TaskQuery;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Management decides a whole session's shortlist at once: every idea of the session waiting for its selection
 * decision, with its weighted score; the decisions made are recorded together, or none is.
 */
@Named
@ViewScoped
public class SessionSelectionView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<TaskDecision> DECISIONS = List.of(TaskDecision.SELECTED, TaskDecision.PARKED,
            TaskDecision.NOT_PURSUED);

    @Inject
    private Tasks tasks;

    @Inject
    private Sessions sessions;

    @Inject
    private Assessments assessments;

    private List<SessionSummary> sessionOptions;
    private Long sessionId;
    private List<Row> rows = List.of();

    @PostConstruct
    void init() {
        sessionOptions = sessions.all();
    }

    /** The session's ideas waiting for the selection decision, the highest weighted score first. */
    public void show() {
        if (sessionId == null) {
            rows = List.of();
            return;
        }
        rows = List.of();
        Page<TaskSummary> waiting = tasks.search(new TaskQuery(TaskQuery.Scope.ALL,
                IdeaLifecycle.DECIDE_SELECTION, null, null, sessionId, false, null, TaskQuery.Sort.CREATED, true,
                0, Page.MAX_SIZE));
        Map<String, BigDecimal> scores = assessments.weightedScores(
                waiting.items().stream().map(TaskSummary::ideaNumber).toList());
        List<Row> loaded = new ArrayList<>();
        for (TaskSummary task : waiting.items()) {
            loaded.add(new Row(task, scores.get(task.ideaNumber())));
        }
        loaded.sort(Comparator.comparing(Row::getScore, Comparator.nullsLast(Comparator.reverseOrder())));
        rows = loaded;
    }

    public void decide() {
        List<SelectionChoice> choices = new ArrayList<>();
        boolean complete = true;
        for (Row row : rows) {
            if (row.getDecision() == null) {
                continue;
            }
            DecisionForm form = new DecisionForm(row.getDecision(), row.getReason());
            if (!form.isReasonGivenWhereNeeded()) {
                Messages.addGlobalError("selection.session.reason-required", row.getTask().ideaNumber());
                complete = false;
            }
            choices.add(new SelectionChoice(row.getTask().taskId(), form));
        }
        if (choices.isEmpty()) {
            Messages.addGlobalError("selection.session.nothing-chosen");
            return;
        }
        if (!complete) {
            return;
        }
        tasks.decideSelections(choices);
        Messages.addGlobalInfo("selection.session.done", choices.size());
        show();
    }

    public List<TaskDecision> getDecisions() {
        return DECISIONS;
    }

    public List<SessionSummary> getSessionOptions() {
        return sessionOptions;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** How many of the chosen decisions end an idea for good: those are confirmed before they are recorded. */
    public long getNotPursuedCount() {
        return rows.stream().filter(row -> row.getDecision() == TaskDecision.NOT_PURSUED).count();
    }

    public String getEndingConfirmation() {
        return Texts.get("selection.session.ending.confirm", getNotPursuedCount());
    }

    /** One idea waiting for its decision, and the decision being made on this page. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final TaskSummary task;
        private final BigDecimal score;
        private TaskDecision decision;
        private String reason;

        Row(TaskSummary task, BigDecimal score) {
            this.task = task;
            this.score = score;
        }

        public TaskSummary getTask() {
            return task;
        }

        public BigDecimal getScore() {
            return score;
        }

        public TaskDecision getDecision() {
            return decision;
        }

        public void setDecision(TaskDecision decision) {
            this.decision = decision;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
