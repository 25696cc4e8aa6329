package nl.samenduurzaam.portal.web.task;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.web.i18n.Texts;
import nl.samenduurzaam.workflow.task.boundary.DecisionForm;
import nl.samenduurzaam.workflow.task.boundary.TaskDecision;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.omnifaces.cdi.ViewScoped;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The decision tasks of civil servants (selection, role approval, elaboration review, completion check): one of the
 * task's outcomes and the reason where the outcome needs one.
 */
@Named
@ViewScoped
public class DecisionFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tasks tasks;

    @Inject
    private TaskPageView page;

    private TaskDecision decision;
    private String reason;

    public void complete() {
        tasks.decide(page.getTask().taskId(), new DecisionForm(decision, reason));
        page.done("task.decision.done");
    }

    /** The decisions the task knows, in the order of the model. */
    public List<TaskDecision> getDecisions() {
        String taskKey = page.getTask().taskKey();
        return Arrays.stream(TaskDecision.values()).filter(d -> d.taskKey().equals(taskKey)).toList();
    }

    /** Decision tasks of civil servants; accepting ownership is the partner's, on the partner's page. */
    public static boolean isCivilServantDecision(String taskKey) {
        return TaskDecision.decisionTasks().contains(taskKey)
                && !nl.samenduurzaam.workflow.idea.IdeaLifecycle.ACCEPT_OWNERSHIP.equals(taskKey);
    }

    /** Whether the chosen outcome ends the idea for good: the form asks for confirmation first. */
    public boolean isEnding() {
        return decision != null && decision.endsTheIdea();
    }

    public String getEndingConfirmation() {
        return isEnding() ? Texts.get("task.decision.ending.confirm." + decision.name()) : "";
    }

    public boolean isShown() {
        return page.isWorkable() && isCivilServantDecision(page.getTask().taskKey());
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
