package nl.samenduurzaam.portal.web.task;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.workflow.task.boundary.ScreeningForm;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.omnifaces.cdi.ViewScoped;

import java.io.Serializable;

/** The screening form (screenIdea): shortlist, ask a question, merge into a duplicate, or not pursue. */
@Named
@ViewScoped
public class ScreeningFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tasks tasks;

    @Inject
    private TaskPageView page;

    private ScreeningForm.Decision decision;
    private String reason;
    private String mergeTarget;

    public void complete() {
        String target = mergeTarget == null || mergeTarget.isBlank() ? null : mergeTarget.strip();
        tasks.completeScreening(page.getTask().taskId(), new ScreeningForm(decision, reason,
                decision == ScreeningForm.Decision.MERGE ? target : null));
        page.done("task.screening.done");
    }

    /** Not pursuing ends the idea for good: the form asks for confirmation first. */
    public boolean isEnding() {
        return decision == ScreeningForm.Decision.NOT_PURSUED;
    }

    public ScreeningForm.Decision[] getDecisions() {
        return ScreeningForm.Decision.values();
    }

    public ScreeningForm.Decision getDecision() {
        return decision;
    }

    public void setDecision(ScreeningForm.Decision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMergeTarget() {
        return mergeTarget;
    }

    public void setMergeTarget(String mergeTarget) {
        this.mergeTarget = mergeTarget;
    }
}
