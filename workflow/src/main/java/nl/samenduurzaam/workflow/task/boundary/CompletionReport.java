package nl.samenduurzaam.workflow.task.boundary;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;

/** The owner's report that the idea has been realised (reportCompletion): what was achieved. */
public record CompletionReport(
        @NotBlank(message = "{completion.summary.required}")
        @Size(max = 4000, message = "{completion.summary.too-long}")
        @MultiLineText
        String summary) implements Serializable {
}
