package nl.samenduurzaam.portal.role.entity;

public enum RoleAssignmentStatus {
    PROPOSED,
    APPROVED,
    SENT_BACK
}
