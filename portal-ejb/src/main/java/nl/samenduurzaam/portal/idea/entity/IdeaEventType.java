package nl.samenduurzaam.portal.idea.entity;

public enum IdeaEventType {
    SUBMITTED,
    STATUS_CHANGED,
    EDITED,
    OWNER_ASSIGNED,
    MERGED_IN,
    CO_AUTHOR_ADDED,
    PUBLISHED
}
