package nl.samenduurzaam.portal.idea.boundary;

/**
 * Announced inside the merging transaction: the merged idea has ended, so the workflow ends its process too (its open
 * tasks would otherwise wait for ever).
 */
public record IdeaMerged(String mergedNumber, String intoNumber, String mergedBy) {
}
