package nl.samenduurzaam.portal.audit.boundary;

import nl.samenduurzaam.portal.audit.entity.AuditEvent;
import nl.samenduurzaam.portal.audit.entity.AuditOutcome;

import java.io.Serializable;
import java.time.Instant;

public record AuditEntry(Instant occurredAt, String actor, String action, String targetType, String targetId,
                         AuditOutcome outcome, String detail) implements Serializable {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getOccurredAt(), event.getActor(), event.getAction(), event.getTargetType(),
                event.getTargetId(), event.getOutcome(), event.getDetail());
    }
}
