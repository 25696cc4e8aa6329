package nl.samenduurzaam.portal.it.support;

import java.net.URL;
import java.util.Map;

/**
 * A browser test's own idea at a later step of the lifecycle, made by {@link IdeaFixtureServlet} in the deployment:
 * tests no longer take demo ideas that another test may have moved on.
 */
public final class IdeaFixtures {

    static final String PATH = "it-fixtures/idea";
    static final String STEP = "step";
    static final String PARTNER = "partner";
    static final String TITLE = "title";
    static final String SESSION = "session";

    private IdeaFixtures() {
    }

    /**
     * The number of a new idea of the partner's organisation, titled {@code title} and a unique suffix, waiting at
     * {@code step} (one of {@link TaskDriver#WALK}); the organisation owns it once ownership has been accepted.
     */
    public static String ideaWaitingAt(URL portal, String step, String partner, String title) {
        return FixtureRequests.post(portal, PATH, Map.of(STEP, step, PARTNER, partner, TITLE, title));
    }

    /**
     * As {@link #ideaWaitingAt}, for an idea the facilitator made from a new insight of the session whose title
     * starts with {@code sessionTitleStart}.
     */
    public static String sessionIdeaWaitingAt(URL portal, String step, String partner, String sessionTitleStart,
                                              String title) {
        return FixtureRequests.post(portal, PATH,
                Map.of(STEP, step, PARTNER, partner, TITLE, title, SESSION, sessionTitleStart));
    }
}
