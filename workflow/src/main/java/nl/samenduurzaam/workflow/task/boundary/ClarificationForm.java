package nl.samenduurzaam.workflow.task.boundary;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;

/** The proposing organisation's answer to the screener's question (clarifyIdea). */
public record ClarificationForm(
        @NotBlank(message = "{clarification.answer.required}")
        @Size(max = 4000, message = "{clarification.answer.too-long}")
        @MultiLineText
        String answer) implements Serializable {
}
