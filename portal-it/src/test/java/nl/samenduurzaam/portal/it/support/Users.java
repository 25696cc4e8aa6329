package nl.samenduurzaam.portal.it.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import nl.samenduurzaam.portal.demo.DemoData;

/**
 * Logs a demo account in through the portal's real authentication mechanism and identity store, inside the test's
 * request, so that the EJB calls that follow run as that user (roles and organisation included).
 */
public final class Users {

    public static final String PARTNER = "partner";
    public static final String OTHER_PARTNER = "partner2";
    public static final String THIRD_PARTNER = "partner3";
    public static final String SCREENER = "beoordelaar";
    public static final String SECOND_SCREENER = "beoordelaar2";
    public static final String FACILITATOR = "procesbegeleider";
    public static final String PROGRAMME_MANAGER = "programmamanager";
    public static final String ROLE_HOLDER = "rolhouder";
    public static final String ADMIN = "beheer";
    public static final String MANAGEMENT = "management";
    /** Role holder and management member at once: the four-eyes rule is about her. */
    public static final String HEAD_OF_DEPARTMENT = "afdelingshoofd";

    private Users() {
    }

    /** The username the test's request is logged in with. */
    public static String current() {
        return CurrentExchange.request().getUserPrincipal().getName();
    }

    /** Ends the test request's login: what follows runs as an anonymous visitor. */
    public static void logout() {
        HttpServletRequest request = CurrentExchange.request();
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
        } catch (ServletException e) {
            throw new IllegalStateException("Logout failed", e);
        }
    }

    public static void loginAs(String username) {
        loginAs(username, DemoData.PASSWORD);
    }

    /** Logs in an account that is not a demo account, with its own password. */
    public static void loginAs(String username, String password) {
        logout();
        authenticate(username, password);
    }

    /**
     * Logs another account in without logging the current one out first: a task already handed to a managed
     * executor keeps the identity it was submitted with (a logout would empty that identity too).
     */
    public static void switchTo(String username) {
        authenticate(username, DemoData.PASSWORD);
    }

    private static void authenticate(String username, String password) {
        AuthenticationStatus status = CDI.current().select(SecurityContext.class).get().authenticate(
                CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Login as " + username + " failed: " + status);
        }
    }
}
