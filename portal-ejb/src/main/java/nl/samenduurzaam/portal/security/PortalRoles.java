package nl.samenduurzaam.portal.security;

import java.util.Set;

/**
 * The login roles of DESIGN.md §2. Each is also a group (the identity store returns an account's roles as groups,
 * mapped one to one in the EAR's glassfish-application.xml) and a BPMN candidate group.
 */
public final class PortalRoles {

    public static final String PARTNER = "partner";
    public static final String FACILITATOR = "facilitator";
    public static final String SCREENER = "screener";
    public static final String PROGRAMME_MANAGER = "programme-manager";
    public static final String ROLE_HOLDER = "role-holder";
    public static final String MANAGEMENT = "management";
    public static final String ADMIN = "admin";

    public static final Set<String> ALL =
            Set.of(PARTNER, FACILITATOR, SCREENER, PROGRAMME_MANAGER, ROLE_HOLDER, MANAGEMENT, ADMIN);

    /** Civil servants of the municipality: they read every idea. */
    public static final Set<String> CIVIL_SERVANTS = Set.of(SCREENER, PROGRAMME_MANAGER, ROLE_HOLDER, MANAGEMENT);

    private PortalRoles() {
    }
}
