package nl.samenduurzaam.portal.idea.boundary;

import nl.samenduurzaam.portal.idea.entity.IdeaEvent;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;

import java.io.Serializable;
import java.time.Instant;

public record TimelineEntry(Instant occurredAt, String actor, IdeaEventType type, IdeaStatus fromStatus,
                            IdeaStatus toStatus, String note) implements Serializable {

    static TimelineEntry of(IdeaEvent event) {
        return new TimelineEntry(event.getOccurredAt(), event.getActor(), event.getType(), event.getFromStatus(),
                event.getToStatus(), event.getNote());
    }
}
