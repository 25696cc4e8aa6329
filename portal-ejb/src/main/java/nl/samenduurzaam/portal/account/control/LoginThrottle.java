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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins for one username within
 * {@link #WINDOW}, further attempts for it are refused until the window has passed, without hashing anything.
 * Independently of usernames, at most {@link #CONCURRENT_HASHES} password hashes are computed at once, so that
 * attempts with ever new usernames cannot exhaust the CPU with the deliberately slow PBKDF2 hash either.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int CONCURRENT_HASHES = 2;
    static final int MAX_TRACKED_USERNAMES = 10_000;
    /**
     * How long a login waits for its turn to hash: logins queue through a burst (50 people in 10 s) instead of being
     * turned away, and the CPU still computes at most {@link #CONCURRENT_HASHES} hashes at once.
     */
    static final Duration HASH_WAIT = Duration.ofSeconds(15);

    private final Semaphore hashing = new Semaphore(CONCURRENT_HASHES, true);

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration hashWait;

    public LoginThrottle() {
        this(Clock.systemUTC(), HASH_WAIT);
    }

    LoginThrottle(Clock clock, Duration hashWait) {
        this.clock = clock;
        this.hashWait = hashWait;
    }

    public boolean isBlocked(String username) {
        Failures current = failures.get(key(username));
        return current != null && current.blocks(clock.instant());
    }

    /** Waits for a turn to hash a password; false when the server stayed busy with logins all that time. */
    public boolean startHashing() {
        try {
            return hashing.tryAcquire(hashWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void endHashing() {
        hashing.release();
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED_USERNAMES) {
            failures.values().removeIf(f -> f.expired(now));
            if (failures.size() >= MAX_TRACKED_USERNAMES) {
                return;
            }
        }
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
