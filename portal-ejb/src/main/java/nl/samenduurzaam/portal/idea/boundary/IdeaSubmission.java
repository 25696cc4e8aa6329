package nl.samenduurzaam.portal.idea.boundary;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;
import nl.samenduurzaam.portal.common.SingleLineText;

/**
 * What a partner fills in to submit an idea; the constraints are the boundary's authority. The submission key, when
 * given, identifies the form: submitting it again returns the idea stored the first time.
 */
public record IdeaSubmission(
        @NotBlank(message = "{idea.title.required}")
        @Size(max = 200, message = "{idea.title.too-long}")
        @SingleLineText
        String title,

        @NotBlank(message = "{idea.description.required}")
        @Size(max = 10000, message = "{idea.description.too-long}")
        @MultiLineText
        String description,

        @NotNull(message = "{idea.theme.required}")
        Long themeId,

        @Pattern(regexp = "[0-9a-f-]{36}")
        String submissionKey) implements Serializable {

    /** A submission without a key: every call stores a new idea. */
    public IdeaSubmission(String title, String description, Long themeId) {
        this(title, description, themeId, null);
    }
}
