package nl.samenduurzaam.portal.notification.control;

import java.util.Locale;

/** What the sender needs of an outbox mail, read in the transaction that took it up. */
public record MailToSend(long id, String recipient, Locale language, String subject, String text, String html,
                         String messageId, int attempt) {
}
