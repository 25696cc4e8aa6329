package nl.samenduurzaam.portal.account.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

/**
 * The outcome of a login attempt; roles are also the caller's groups. {@code retryAfter} is how long a throttled
 * attempt must wait before the next one is checked (null otherwise).
 */
public record LoginResult(Outcome outcome, String username, Set<String> roles, Duration retryAfter)
        implements Serializable {

    /**
     * THROTTLED: too many failures for the username from this source (or from everywhere); BUSY: too many logins at
     * once, try again in a moment.
     */
    public enum Outcome { SUCCESS, INVALID_CREDENTIALS, THROTTLED, BUSY }

    public static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID_CREDENTIALS, null, Set.of(), null);
    }

    public static LoginResult throttled(Duration retryAfter) {
        return new LoginResult(Outcome.THROTTLED, null, Set.of(), retryAfter);
    }

    public static LoginResult busy() {
        return new LoginResult(Outcome.BUSY, null, Set.of(), null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
