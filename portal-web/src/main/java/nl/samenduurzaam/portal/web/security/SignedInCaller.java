package nl.samenduurzaam.portal.web.security;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is logged in in an HTTP session: the caller's name and groups, as the identity store confirmed them at login.
 * Kept in the session by {@link SessionAuthenticationMechanism}, which hands both to the container on every request.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        groups = Set.copyOf(groups);
    }

    static SignedInCaller of(HttpSession session) {
        return session == null ? null : (SignedInCaller) session.getAttribute(ATTRIBUTE);
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
