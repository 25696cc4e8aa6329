package nl.samenduurzaam.portal.account.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Slows down password guessing (ASVS 2.2.1) without letting a guesser lock the account's owner out.
 * <p>
 * Failures are counted per username <em>and</em> source address: the first {@link #FREE_FAILURES} cost nothing,
 * after that each further attempt waits a delay that doubles with every failure, from {@link #FIRST_DELAY} up to
 * {@link #MAX_DELAY}. Someone guessing {@code beheer} from one address therefore slows down only themselves; the
 * administrator logging in from another address is not held up. A guesser spreading over many addresses meets the
 * same growing delay per username once {@link #FREE_FAILURES_PER_USERNAME} failures have come from all of them.
 * <p>
 * An attempt counts from the moment it starts, not only when its slow hash has failed, so a burst of simultaneous
 * guesses cannot outrun the limit. Independently, at most {@link #CONCURRENT_HASHES} password hashes are computed at
 * once, so attempts with ever new usernames cannot exhaust the CPU with the deliberately slow PBKDF2 hash either.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_USERNAME = 50;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** Failures older than this, with none after them, are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    static final int MAX_TRACKED = 10_000;
    static final int CONCURRENT_HASHES = 2;
    /**
     * How long a login waits for its turn to hash: logins queue through a burst (50 people in 10 s) instead of being
     * turned away, and the CPU still computes at most {@link #CONCURRENT_HASHES} hashes at once.
     */
    static final Duration HASH_WAIT = Duration.ofSeconds(15);

    private final Semaphore hashing = new Semaphore(CONCURRENT_HASHES, true);
    private final Clock clock;
    private final Duration hashWait;
    private final Guesses bySource;
    private final Guesses byUsername;

    public LoginThrottle() {
        this(Clock.systemUTC(), HASH_WAIT);
    }

    LoginThrottle(Clock clock, Duration hashWait) {
        this.clock = clock;
        this.hashWait = hashWait;
        this.bySource = new Guesses(FREE_FAILURES, FIRST_DELAY, MAX_DELAY, MEMORY, MAX_TRACKED);
        this.byUsername = new Guesses(FREE_FAILURES_PER_USERNAME, FIRST_DELAY, MAX_DELAY, MEMORY, MAX_TRACKED);
    }

    /**
     * Starts an attempt for this username from this source, or answers how long to wait before the next one is
     * allowed. A started attempt must end in {@link #recordFailure}, {@link #recordSuccess} or {@link #abandon}.
     */
    public Optional<Duration> start(String username, String source) {
        Instant now = clock.instant();
        Optional<Duration> wait = bySource.start(key(username, source), now);
        if (wait.isPresent()) {
            return wait;
        }
        wait = byUsername.start(key(username), now);
        if (wait.isPresent()) {
            bySource.abandon(key(username, source));
        }
        return wait;
    }

    public void recordFailure(String username, String source) {
        Instant now = clock.instant();
        bySource.fail(key(username, source), now);
        byUsername.fail(key(username), now);
    }

    /** The right password from this source: its failures are forgotten; those from other sources are not. */
    public void recordSuccess(String username, String source) {
        bySource.succeed(key(username, source));
        byUsername.abandon(key(username));
    }

    /** The attempt was not decided (the server was too busy to check it): it counts neither way. */
    public void abandon(String username, String source) {
        bySource.abandon(key(username, source));
        byUsername.abandon(key(username));
    }

    /**
     * Checks a password for this username from this source under every guard at once: the attempt counts from its
     * start, finds what the password belongs to ({@code find}, null for nothing; not while holding a turn to hash, so
     * a slow database does not keep others from hashing), waits its turn to hash ({@code matches}, which must hash
     * also for null so that unknown usernames take as long), and ends as a failure or a success, or as neither when
     * it could not be decided.
     */
    public <T> Attempt<T> attempt(String username, String source, Supplier<T> find, Predicate<T> matches) {
        Optional<Duration> wait = start(username, source);
        if (wait.isPresent()) {
            return new Attempt<>(Attempt.Outcome.THROTTLED, null, wait.get());
        }
        boolean matched;
        T found;
        try {
            found = find.get();
            if (!startHashing()) {
                abandon(username, source);
                return new Attempt<>(Attempt.Outcome.BUSY, null, null);
            }
            try {
                matched = matches.test(found);
            } finally {
                endHashing();
            }
        } catch (RuntimeException unchecked) {
            abandon(username, source);
            throw unchecked;
        }
        if (!matched || found == null) {
            recordFailure(username, source);
            return new Attempt<>(Attempt.Outcome.FAILED, null, null);
        }
        recordSuccess(username, source);
        return new Attempt<>(Attempt.Outcome.PASSED, found, null);
    }

    /** How a guarded password check ended: what it proved when it passed, how long to wait when throttled. */
    public record Attempt<T>(Outcome outcome, T passed, Duration retryAfter) {

        public enum Outcome { PASSED, FAILED, THROTTLED, BUSY }
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

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String key(String username, String source) {
        return key(username) + '\n' + (source == null ? "" : source);
    }
}
