package nl.samenduurzaam.workflow.task.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.TextRules;
import nl.samenduurzaam.workflow.idea.ScreeningDecision;

/** The screener's decision on the screenIdea task; a "not pursued" decision needs a reason for the partner. */
public record ScreeningForm(
        @NotNull(message = "{screening.decision.required}")
        ScreeningDecision decision,

        @Size(max = 2000, message = "{screening.reason.too-long}")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "{text.control-characters}")
        String reason) {

    @AssertTrue(message = "{screening.reason.required}")
    public boolean isReasonGivenWhenNotPursued() {
        return decision != ScreeningDecision.NOT_PURSUED || (reason != null && !reason.isBlank());
    }
}
