package nl.samenduurzaam.portal.notification.entity;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    QUEUED,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the last attempt, or refused for good: waits for the administrator's retry. */
    FAILED
}
