package nl.samenduurzaam.portal.security;

import java.util.Map;
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

    /*
     * Named sets of the roles above, for @RolesAllowed (an annotation cannot take a Set). Each is a role of its own,
     * mapped to the groups of its members in the EAR's glassfish-application.xml; a person never holds one directly.
     */

    /** Everyone with an account. */
    public static final String SIGNED_IN = "signed-in";
    /** Everyone who works on ideas and sessions: all but the functional administrator. */
    public static final String PROGRAMME_MEMBER = "programme-member";
    /** Those with a part in an idea's lifecycle: partners and civil servants (not the facilitator of sessions). */
    public static final String LIFECYCLE_MEMBER = "lifecycle-member";
    /** The civil servants of {@link #CIVIL_SERVANTS}, as one role. */
    public static final String CIVIL_SERVANT = "civil-servant";
    /** Those who run co-creation sessions and work with their insights: facilitator, screener, programme manager. */
    public static final String SESSION_STAFF = "session-staff";

    /** Each named set with the roles it stands for, as glassfish-application.xml maps them. */
    public static final Map<String, Set<String>> SETS = Map.of(
            SIGNED_IN, ALL,
            PROGRAMME_MEMBER, Set.of(PARTNER, FACILITATOR, SCREENER, PROGRAMME_MANAGER, ROLE_HOLDER, MANAGEMENT),
            LIFECYCLE_MEMBER, Set.of(PARTNER, SCREENER, PROGRAMME_MANAGER, ROLE_HOLDER, MANAGEMENT),
            CIVIL_SERVANT, CIVIL_SERVANTS,
            SESSION_STAFF, Set.of(FACILITATOR, SCREENER, PROGRAMME_MANAGER));

    private PortalRoles() {
    }
}
