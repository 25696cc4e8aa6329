package nl.samenduurzaam.portal.idea.boundary;

import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.organisation.entity.Organisation;

import java.io.Serializable;
import java.time.Instant;

/** What anybody may read of a published idea: its texts, theme, status and owner; no people, no internal notes. */
public record PublishedIdea(String number, String title, String description, String themeNameNl, String themeNameEn,
                            IdeaStatus status, String proposingOrganisation, String ownerOrganisation,
                            Instant publishedAt) implements Serializable {

    static PublishedIdea of(Idea idea) {
        return new PublishedIdea(idea.getNumber(), idea.getTitle(), idea.getDescription(),
                idea.getTheme().getName().nameNl(), idea.getTheme().getName().nameEn(), idea.getStatus(),
                idea.getProposingOrganisation().getName(),
                idea.getOwnerOrganisation().map(Organisation::getName).orElse(null),
                idea.getPublishedAt().orElse(null));
    }
}
