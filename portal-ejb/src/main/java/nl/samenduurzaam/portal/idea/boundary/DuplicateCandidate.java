package nl.samenduurzaam.portal.idea.boundary;

import java.io.Serializable;

import nl.samenduurzaam.portal.idea.entity.IdeaStatus;

/** An existing idea that may be the same as the one being written, with how many title words they share. */
public record DuplicateCandidate(String number, String title, IdeaStatus status, int sharedWords)
        implements Serializable {
}
