package nl.samenduurzaam.portal.idea.boundary;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;
import nl.samenduurzaam.portal.common.SingleLineText;

/** New texts of an idea, with the version they were read at (a concurrent change is detected with it). */
public record IdeaUpdate(
        @NotBlank(message = "{idea.title.required}")
        @Size(max = 200, message = "{idea.title.too-long}")
        @SingleLineText
        String title,

        @Size(max = 10000, message = "{idea.problem.too-long}")
        @MultiLineText
        String problem,

        @NotBlank(message = "{idea.description.required}")
        @Size(max = 10000, message = "{idea.description.too-long}")
        @MultiLineText
        String description,

        @Size(max = 10000, message = "{idea.expected-impact.too-long}")
        @MultiLineText
        String expectedImpact,

        long version) implements Serializable {
}
