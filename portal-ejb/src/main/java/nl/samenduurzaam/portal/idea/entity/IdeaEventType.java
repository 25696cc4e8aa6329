package nl.samenduurzaam.portal.idea.entity;

import java.util.EnumSet;
import java.util.Set;

/** What happened to an idea; the workflow's own events (proposals, reminders, escalations) included. */
public enum IdeaEventType {
    SUBMITTED,
    STATUS_CHANGED,
    EDITED,
    OWNER_ASSIGNED,
    MERGED_IN,
    CO_AUTHOR_ADDED,
    PUBLISHED,
    OWNER_PROPOSED,
    OWNERSHIP_DECLINED,
    OWNERSHIP_LAPSED,
    ESCALATED,
    NOTIFIED,
    /** A screener assessed the idea against the criteria (the scores stay with the assessments). */
    ASSESSED,
    /** A role holder proposed the municipality's role. */
    ROLE_PROPOSED,
    /** Management approved the municipality's role: from here the owner and the proposers read it. */
    ROLE_APPROVED,
    /** Management sent the role proposal back to its proposer, with a note. */
    ROLE_SENT_BACK;

    /** The steps the municipality records itself, outside the status machine. */
    public static final Set<IdeaEventType> MUNICIPAL_STEPS = EnumSet.of(ASSESSED, ROLE_PROPOSED, ROLE_APPROVED,
            ROLE_SENT_BACK);

    /**
     * Whether the entry is the municipality's deliberation that partners do not read: a proposal that management may
     * still send back is not yet the municipality's role.
     */
    public boolean isInternalDeliberation() {
        return this == ROLE_PROPOSED || this == ROLE_SENT_BACK;
    }
}
