package nl.samenduurzaam.portal.it.support;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A browser test's own session, stored by {@link SessionFixtureServlet} in the deployment. */
public final class SessionFixtures {

    static final String PATH = "it-fixtures/session";
    static final String TITLE = "title";
    static final String THEME = "theme";
    static final String OPEN = "open";
    static final String PARTICIPANTS = "participants";
    static final String DOTS = "dots";
    static final String INSIGHTS = "insights";

    private SessionFixtures() {
    }

    /**
     * A new session running today under the theme with this code, that these accounts registered for, with a dot vote
     * open with this many dots each (none with 0). Answers the session's id.
     */
    public static long running(URL portal, String title, String themeCode, List<String> participants, int dots) {
        return running(portal, title, themeCode, participants, dots, List.of());
    }

    /** As {@link #running(URL, String, String, List, int)}, with these insights on the board already. */
    public static long running(URL portal, String title, String themeCode, List<String> participants, int dots,
                               List<String> insights) {
        String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
        return Long.parseLong(FixtureRequests.post(portal, PATH, Map.of(TITLE, unique, THEME, themeCode,
                PARTICIPANTS, String.join(",", participants), DOTS, String.valueOf(dots),
                INSIGHTS, String.join("|", insights))).strip());
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
