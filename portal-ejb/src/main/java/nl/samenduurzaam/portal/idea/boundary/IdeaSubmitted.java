package nl.samenduurzaam.portal.idea.boundary;

import java.io.Serializable;

/**
 * Announced, synchronously and inside the submitting transaction, when an idea has been stored. The workflow module
 * observes it and starts the idea's process: if that fails, the idea is not stored either.
 */
public record IdeaSubmitted(long ideaId, String ideaNumber, String themeCode, long proposingOrganisationId,
                            String submittedBy) implements Serializable {
}
