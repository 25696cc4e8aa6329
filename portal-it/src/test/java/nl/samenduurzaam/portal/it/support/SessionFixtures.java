package nl.samenduurzaam.portal.it.support;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

/** A browser test's own session, stored by {@link SessionFixtureServlet} in the deployment. */
public final class SessionFixtures {

    static final String PATH = "it-fixtures/session";
    static final String TITLE = "title";
    static final String THEME = "theme";
    static final String OPEN = "open";

    private SessionFixtures() {
    }

    /**
     * The title of a new session ({@code title} and a unique suffix) under the theme with this code, planned or
     * already open for registration.
     */
    public static String session(URL portal, String title, String themeCode, boolean openForRegistration) {
        String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
        return FixtureRequests.post(portal, PATH, Map.of(TITLE, unique, THEME, themeCode,
                OPEN, String.valueOf(openForRegistration)));
    }
}
