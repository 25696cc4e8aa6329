package nl.samenduurzaam.workflow.task.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;

import java.io.Serializable;
import java.util.Set;

/**
 * A decision with an optional reason, for the tasks whose form is just that: the selection, the ownership answer, the
 * role approval, the elaboration review and the completion check. Which decisions a task knows is
 * {@link TaskDecision}'s; the outcomes that close or send back an idea need the reason the partner will read.
 */
public record DecisionForm(
        @NotNull(message = "{decision.required}")
        TaskDecision decision,

        @Size(max = 2000, message = "{decision.reason.too-long}")
        @MultiLineText
        String reason) implements Serializable {

    private static final Set<TaskDecision> NEED_A_REASON = Set.of(TaskDecision.PARKED, TaskDecision.NOT_PURSUED,
            TaskDecision.DECLINE, TaskDecision.SEND_BACK, TaskDecision.REVISE, TaskDecision.STOP,
            TaskDecision.NOT_YET);

    @AssertTrue(message = "{decision.reason.required}")
    public boolean isReasonGivenWhereNeeded() {
        return !NEED_A_REASON.contains(decision) || ScreeningForm.hasText(reason);
    }
}
