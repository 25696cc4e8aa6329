package nl.samenduurzaam.portal.assessment.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A screener's scores (1-5) per criterion code, and a comment. */
public record AssessmentForm(
        @NotEmpty(message = "{assessment.scores.required}")
        Map<@NotNull String, @NotNull(message = "{assessment.score.required}")
                @Min(value = 1, message = "{assessment.score.range}")
                @Max(value = 5, message = "{assessment.score.range}") Integer> scores,
        @Size(max = 4000, message = "{assessment.comment.too-long}")
        @MultiLineText
        String comment) implements Serializable {

    public AssessmentForm {
        // a copy that keeps null entries, so that validation (not the constructor) reports them
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
}
