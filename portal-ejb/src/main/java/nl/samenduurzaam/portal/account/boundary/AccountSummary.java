package nl.samenduurzaam.portal.account.boundary;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

public record AccountSummary(String username, String displayName, String organisationName, Set<String> roles,
                             Locale locale, String email) implements Serializable {
}
