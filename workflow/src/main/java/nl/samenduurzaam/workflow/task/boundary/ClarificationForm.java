package nl.samenduurzaam.workflow.task.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.TextRules;

/** The proposing organisation's answer to the screener's question (clarifyIdea). */
public record ClarificationForm(
        @NotBlank(message = "{clarification.answer.required}")
        @Size(max = 4000, message = "{clarification.answer.too-long}")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "{text.control-characters}")
        String answer) {
}
