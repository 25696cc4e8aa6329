package nl.samenduurzaam.portal.notification.entity;

/**
 * The kinds of mail the portal sends. A required kind reaches its recipient whatever they chose: a partner must know
 * of a task for the organisation, and nobody can reset a password or accept an invitation without its mail.
 */
public enum MailKind {
    ORGANISATION_TASK(true),
    REMINDER(false),
    ESCALATION(false),
    DECISION(false),
    ROLE_SENT_BACK(false),
    PASSWORD_RESET(true),
    INVITATION(true);

    private final boolean required;

    MailKind(boolean required) {
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }
}
