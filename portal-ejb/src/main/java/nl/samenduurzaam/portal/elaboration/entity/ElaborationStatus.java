package nl.samenduurzaam.portal.elaboration.entity;

public enum ElaborationStatus {
    DRAFT,
    SUBMITTED,
    REVISION_REQUESTED,
    APPROVED
}
