package nl.samenduurzaam.portal.insight.boundary;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;

/** An insight as written on the wall during a session. */
public record InsightCapture(
        @NotNull Long sessionId,
        @NotNull(message = "{insight.theme.required}") Long themeId,
        @NotBlank(message = "{insight.text.required}")
        @Size(max = 2000, message = "{insight.text.too-long}")
        @MultiLineText
        String text) implements Serializable {
}
