package nl.samenduurzaam.portal.role.entity;

/** The four government perspectives of the NSOB (Netherlands School of Public Administration). */
public enum NsobPerspective {
    LAWFUL,
    PERFORMING,
    NETWORKING,
    RESPONSIVE
}
