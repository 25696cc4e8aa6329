package nl.samenduurzaam.portal.idea.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;
import nl.samenduurzaam.portal.common.SingleLineText;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Insights of one session turned into an idea, proposed by a partner organisation. */
public record InsightConversion(
        @NotNull Long sessionId,
        @NotEmpty(message = "{insight.convert.none-chosen}") @Size(max = 50) Set<Long> insightIds,
        @NotBlank(message = "{idea.title.required}")
        @Size(max = 200, message = "{idea.title.too-long}")
        @SingleLineText
        String title,
        @NotBlank(message = "{idea.description.required}")
        @Size(max = 10000, message = "{idea.description.too-long}")
        @MultiLineText
        String description,
        @NotNull(message = "{idea.theme.required}") Long themeId,
        @NotNull(message = "{insight.convert.organisation-required}") Long proposingOrganisationId)
                implements Serializable {

    public InsightConversion {
        // a copy that keeps null elements, so that validation (not the constructor) reports them
        insightIds = insightIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(insightIds));
    }
}
