package nl.samenduurzaam.portal.audit.entity;

public enum AuditOutcome {
    DONE,
    REFUSED
}
