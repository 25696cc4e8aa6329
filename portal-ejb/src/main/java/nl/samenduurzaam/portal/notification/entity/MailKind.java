package nl.samenduurzaam.portal.notification.entity;

import nl.samenduurzaam.portal.security.PortalRoles;

import java.util.Set;

/**
 * The kinds of mail the portal sends. A required kind reaches its recipient whatever they chose: a partner must know
 * of a task for the organisation, and nobody can reset a password or accept an invitation without its mail. The
 * others each person chooses (immediately, in the daily digest, never); {@link #audience()} says whom a kind reaches,
 * so that nobody is asked about mail they never get.
 */
public enum MailKind {
    ORGANISATION_TASK(true, Set.of(PortalRoles.PARTNER)),
    /**
     * A new task for a group the civil servant belongs to. In the digest by default: the digest lists the tasks
     * itself (new, due soon, overdue, one's own), so no mail per task is kept for it.
     */
    GROUP_TASK(false, PortalRoles.CIVIL_SERVANTS),
    REMINDER(false, Set.of(PortalRoles.PARTNER)),
    ESCALATION(false, Set.of(PortalRoles.PROGRAMME_MANAGER)),
    DECISION(false, Set.of(PortalRoles.PARTNER)),
    ROLE_SENT_BACK(false, Set.of(PortalRoles.ROLE_HOLDER)),
    /** A registration for a co-creation session confirmed, and the reminder the day before. */
    SESSION(false, Set.of(PortalRoles.PARTNER)),
    /** The daily digest itself: it comes only to whom chose it for something, and only with something in it. */
    DIGEST(true, Set.of()),
    PASSWORD_RESET(true, Set.of()),
    INVITATION(true, Set.of()),
    EMAIL_CONFIRMATION(true, Set.of());

    private final boolean required;
    private final Set<String> audience;

    MailKind(boolean required, Set<String> audience) {
        this.required = required;
        this.audience = audience;
    }

    public boolean isRequired() {
        return required;
    }

    /** What somebody who chose nothing gets: a civil servant's tasks come in the digest, the rest at once. */
    public MailChoice defaultChoice() {
        return this == GROUP_TASK ? MailChoice.DIGEST : MailChoice.IMMEDIATELY;
    }

    /** The roles of the people this kind of mail reaches. */
    public Set<String> audience() {
        return audience;
    }
}
