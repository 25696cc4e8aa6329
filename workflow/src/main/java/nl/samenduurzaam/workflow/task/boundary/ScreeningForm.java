package nl.samenduurzaam.workflow.task.boundary;

import java.io.Serializable;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;

/**
 * The screener's decision on screenIdea. "Not pursued" needs the reason the partner will read, "clarify" the question
 * for the proposing organisation, "merge" the number of the idea it duplicates.
 */
public record ScreeningForm(
        @NotNull(message = "{screening.decision.required}")
        Decision decision,

        @Size(max = 2000, message = "{screening.reason.too-long}")
        @MultiLineText
        String reason,

        @Size(max = 20, message = "{screening.merge-target.required}")
        @Pattern(regexp = "SD-\\d{4}-\\d{4}", message = "{screening.merge-target.required}")
        String mergeTarget) implements Serializable {

    public enum Decision {
        SHORTLIST,
        CLARIFY,
        MERGE,
        NOT_PURSUED
    }

    public ScreeningForm(Decision decision, String reason) {
        this(decision, reason, null);
    }

    @AssertTrue(message = "{screening.reason.required}")
    public boolean isReasonGivenWhenNotPursued() {
        return decision != Decision.NOT_PURSUED || hasText(reason);
    }

    @AssertTrue(message = "{screening.question.required}")
    public boolean isQuestionGivenWhenClarifying() {
        return decision != Decision.CLARIFY || hasText(reason);
    }

    @AssertTrue(message = "{screening.merge-target.required}")
    public boolean isTargetGivenWhenMerging() {
        return decision != Decision.MERGE || hasText(mergeTarget);
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
