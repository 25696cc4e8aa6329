package nl.samenduurzaam.portal.notification.boundary;

import nl.samenduurzaam.portal.notification.entity.MailKind;
import nl.samenduurzaam.portal.notification.entity.MailStatus;
import nl.samenduurzaam.portal.notification.entity.OutboxMail;

import java.io.Serializable;
import java.time.Instant;

/** A mail of the outbox as the functional administrator sees it: to whom, what, and how its delivery goes. */
public record OutboxEntry(long id, MailKind kind, String recipient, String subject, MailStatus status, int attempts,
                          Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError)
        implements Serializable {

    static OutboxEntry of(OutboxMail mail) {
        return new OutboxEntry(mail.getId(), mail.getKind(), mail.getRecipient(), mail.getSubject(), mail.getStatus(),
                mail.getAttempts(), mail.getCreatedAt(), mail.getNextAttemptAt(), mail.getSentAt().orElse(null),
                mail.getLastError().orElse(null));
    }
}
