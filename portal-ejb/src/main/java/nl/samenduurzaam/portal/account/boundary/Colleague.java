package nl.samenduurzaam.portal.account.boundary;

import java.io.Serializable;
import java.util.Set;

/** Another account as a task can be handed to it: its roles and organisation decide which tasks it may take. */
public record Colleague(String username, String displayName, Long organisationId, Set<String> roles)
        implements Serializable {
}
