package nl.samenduurzaam.portal.demo;

import nl.samenduurzaam.portal.idea.entity.IdeaStatus;

/** A demo idea loaded beyond submission, for the workflow to start its process at the step it has reached. */
public record DemoIdeaAtStep(long id, String number, String themeCode, IdeaStatus status, String statusReason,
                             long proposingOrganisationId, Long ownerOrganisationId) {
}
