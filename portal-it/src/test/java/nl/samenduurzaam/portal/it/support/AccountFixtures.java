package nl.samenduurzaam.portal.it.support;

import java.net.URL;
import java.util.Map;

/** Client of {@link AccountFixtureServlet}: a browser test's own partner account, so that it may change its password. */
public final class AccountFixtures {

    static final String PATH = "it-fixtures/account";
    static final String PASSWORD = "password";

    private AccountFixtures() {
    }

    /**
     * The username of a new partner account of a new organisation, with {@code password} and the address
     * {@code <username>@example.org}.
     */
    public static String partnerWith(URL portal, String password) {
        return FixtureRequests.post(portal, PATH, Map.of(PASSWORD, password));
    }
}
