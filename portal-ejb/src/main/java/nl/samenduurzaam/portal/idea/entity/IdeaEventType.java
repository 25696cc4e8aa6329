package nl.samenduurzaam.portal.idea.entity;

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
    NOTIFIED
}
