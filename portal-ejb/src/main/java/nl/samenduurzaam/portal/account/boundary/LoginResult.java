package nl.samenduurzaam.portal.account.boundary;

import java.util.Set;

/** The outcome of a login attempt; roles are also the caller's groups. */
public record LoginResult(Outcome outcome, String username, Set<String> roles) {

    /** THROTTLED: too many failures for the username; BUSY: too many logins at once, try again in a moment. */
    public enum Outcome { SUCCESS, INVALID_CREDENTIALS, THROTTLED, BUSY }

    public static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID_CREDENTIALS, null, Set.of());
    }

    public static LoginResult throttled() {
        return new LoginResult(Outcome.THROTTLED, null, Set.of());
    }

    public static LoginResult busy() {
        return new LoginResult(Outcome.BUSY, null, Set.of());
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
