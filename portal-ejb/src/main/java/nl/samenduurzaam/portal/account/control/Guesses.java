package nl.samenduurzaam.portal.account.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed and running login attempts per key, with the delay the next attempt must wait. Every change of one key is
 * one atomic step of the map, so simultaneous attempts see each other.
 */
final class Guesses {

    private final int free;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration memory;
    private final int maxTracked;
    private final ConcurrentMap<String, Tally> tallies = new ConcurrentHashMap<>();

    Guesses(int free, Duration firstDelay, Duration maxDelay, Duration memory, int maxTracked) {
        this.free = free;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.memory = memory;
        this.maxTracked = maxTracked;
    }

    /** Starts an attempt, or answers how long to wait. */
    Optional<Duration> start(String key, Instant now) {
        if (!tallies.containsKey(key) && tallies.size() >= maxTracked) {
            tallies.values().removeIf(tally -> tally.forgotten(now, memory));
        }
        Duration[] wait = new Duration[1];
        tallies.compute(key, (k, old) -> {
            Tally tally = old == null || old.forgotten(now, memory) ? Tally.NONE : old;
            wait[0] = waitFor(tally, now);
            return wait[0] == null ? tally.started() : tally;
        });
        return Optional.ofNullable(wait[0]);
    }

    void fail(String key, Instant now) {
        tallies.computeIfPresent(key, (k, tally) -> tally.failed(now));
    }

    void succeed(String key) {
        tallies.remove(key);
    }

    void abandon(String key) {
        tallies.computeIfPresent(key, (k, tally) -> tally.ended());
    }

    /** Null when an attempt may start now. */
    private Duration waitFor(Tally tally, Instant now) {
        if (tally.failures + tally.running < free) {
            return null;
        }
        if (tally.running > 0) {
            // beyond the free attempts one at a time: the next waits for this one's outcome and its delay
            return firstDelay;
        }
        Instant allowedAt = tally.lastFailureAt.plus(delayAfter(tally.failures));
        return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : null;
    }

    Duration delayAfter(int failures) {
        int doublings = Math.min(Math.max(failures - free, 0), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private record Tally(int failures, int running, Instant lastFailureAt) {

        static final Tally NONE = new Tally(0, 0, Instant.EPOCH);

        Tally started() {
            return new Tally(failures, running + 1, lastFailureAt);
        }

        Tally ended() {
            return new Tally(failures, Math.max(running - 1, 0), lastFailureAt);
        }

        Tally failed(Instant now) {
            return new Tally(failures + 1, Math.max(running - 1, 0), now);
        }

        boolean forgotten(Instant now, Duration memory) {
            return running == 0 && now.isAfter(lastFailureAt.plus(memory));
        }
    }
}
