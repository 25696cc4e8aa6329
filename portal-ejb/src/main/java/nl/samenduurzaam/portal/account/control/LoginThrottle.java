package nl.samenduurzaam.portal.account.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins for one username within
 * {@link #WINDOW}, further attempts for it are refused until the window has passed, without hashing anything
 * (so the expensive PBKDF2 hash cannot be used to exhaust the CPU either).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username) {
        Failures current = failures.get(key(username));
        return current != null && current.blocks(clock.instant());
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.merge(key(username), new Failures(1, now),
                (old, added) -> old.expired(now) ? added : new Failures(old.count + 1, old.firstAt));
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant firstAt) {

        boolean expired(Instant now) {
            return now.isAfter(firstAt.plus(WINDOW));
        }

        boolean blocks(Instant now) {
            return count >= MAX_FAILURES && !expired(now);
        }
    }
}
