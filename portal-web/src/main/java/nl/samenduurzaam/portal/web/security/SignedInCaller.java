package nl.samenduurzaam.portal.web.security;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Who is logged in in an HTTP session: the caller's name and groups, as the identity store confirmed them at login,
 * and when that was. Kept in the session by {@link SessionAuthenticationMechanism}, which hands name and groups to the
 * container on every request until {@link #MAX_LIFETIME} after the login, however active the session stayed.
 */
record SignedInCaller(String name, Set<String> groups, Instant signedInAt) implements Serializable {

    /**
     * The absolute session lifetime (ASVS 3.3.2) next to the idle timeout of web.xml: a working day and an evening,
     * so nobody is sent to the login page in the middle of a day's work, and a stolen session ends the same day.
     */
    static final Duration MAX_LIFETIME = Duration.ofHours(12);

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        groups = Set.copyOf(groups);
    }

    static SignedInCaller of(HttpSession session) {
        return session == null ? null : (SignedInCaller) session.getAttribute(ATTRIBUTE);
    }

    /** True from {@link #MAX_LIFETIME} after the login on (and for a login of unknown time). */
    boolean outlived(Instant now) {
        return signedInAt == null || !now.isBefore(signedInAt.plus(MAX_LIFETIME));
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
