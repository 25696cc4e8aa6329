package nl.samenduurzaam.portal.idea.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.common.SingleLineText;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A search in the ideas: every criterion is optional; a page of at most {@link Page#MAX_SIZE} rows. */
public record IdeaQuery(
        @Size(max = 200, message = "{search.text.too-long}")
        @SingleLineText
        String text,
        Long themeId,
        Long sessionId,
        Set<IdeaStatus> statuses,
        Long ownerOrganisationId,
        @Min(0) int page,
        @Min(1) @Max(Page.MAX_SIZE) int size,
        @NotNull IdeaSortField sort,
        boolean ascending) implements Serializable {

    public IdeaQuery {
        // a copy that keeps null elements, so that validation (not the constructor) reports them
        statuses = statuses == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(statuses));
    }

    /** The first page of everything the caller may see, newest first. */
    public static IdeaQuery firstPage(int size) {
        return new IdeaQuery(null, null, null, Set.of(), null, 0, size, IdeaSortField.SUBMITTED_AT, false);
    }
}
