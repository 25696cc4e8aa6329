package nl.samenduurzaam.portal.elaboration.entity;

public enum ElaborationStatus {
    DRAFT,
    SUBMITTED,
    REVISION_REQUESTED,
    APPROVED;

    /** Whether the owner may still change the plan and its milestones: before submitting, or when asked to revise. */
    public boolean isOpenForChanges() {
        return this == DRAFT || this == REVISION_REQUESTED;
    }
}
