package nl.samenduurzaam.portal.notification.entity;

/** How a person wants a kind of mail that may be switched off. */
public enum MailChoice {
    IMMEDIATELY,
    /** Gathered in one mail a day. */
    DIGEST,
    NEVER
}
