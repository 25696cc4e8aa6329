package nl.samenduurzaam.portal.insight.entity;

/** captured -> clustered -> converted, or parked; a converted insight stays converted. */
public enum InsightStatus {
    CAPTURED,
    CLUSTERED,
    CONVERTED,
    PARKED
}
