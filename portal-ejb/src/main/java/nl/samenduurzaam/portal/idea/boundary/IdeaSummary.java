package nl.samenduurzaam.portal.idea.boundary;

import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.organisation.entity.Organisation;

import java.io.Serializable;
import java.time.Instant;

public record IdeaSummary(long id, String number, String title, String description, String themeCode,
                          String themeNameNl, String themeNameEn, String proposingOrganisation, IdeaStatus status,
                          String statusReason, Instant submittedAt, Instant statusChangedAt,
                          String ownerOrganisation, long version) implements Serializable {

    public static IdeaSummary of(Idea idea) {
        return new IdeaSummary(idea.getId(), idea.getNumber(), idea.getTitle(), idea.getDescription(),
                idea.getTheme().getCode(), idea.getTheme().getName().nameNl(), idea.getTheme().getName().nameEn(),
                idea.getProposingOrganisation().getName(), idea.getStatus(), idea.getStatusReason(),
                idea.getSubmittedAt(), idea.getStatusChangedAt(),
                idea.getOwnerOrganisation().map(Organisation::getName).orElse(null), idea.getVersion());
    }
}
