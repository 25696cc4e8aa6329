package nl.samenduurzaam.portal.account.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-28T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, Duration.ofMillis(200));

    private static final String GUESSER = "203.0.113.9";
    private static final String OWNER = "192.0.2.14";

    @Test
    void theFirstFailuresFromOneSourceCostNothingThenTheNextAttemptWaits() {
        failFreely("Beheer", GUESSER);

        assertThat(throttle.start("beheer ", GUESSER)).contains(LoginThrottle.FIRST_DELAY);
        assertThat(throttle.start("beoordelaar", GUESSER)).as("another username").isEmpty();
    }

    @Test
    void aGuesserElsewhereDoesNotKeepTheOwnerOut() {
        failFreely("beheer", GUESSER);

        assertThat(throttle.start("beheer", OWNER)).isEmpty();
        throttle.recordSuccess("beheer", OWNER);
        assertThat(throttle.start("beheer", GUESSER)).as("the guesser still waits").isPresent();
    }

    @Test
    void theDelayDoublesWithEveryFurtherFailureUpToItsMaximum() {
        failFreely("beheer", GUESSER);
        Duration expected = LoginThrottle.FIRST_DELAY;
        for (int failure = 0; failure < 8; failure++) {
            assertThat(throttle.start("beheer", GUESSER)).contains(expected);
            clock.advance(expected);
            assertThat(throttle.start("beheer", GUESSER)).as("after the delay").isEmpty();
            throttle.recordFailure("beheer", GUESSER);
            expected = expected.multipliedBy(2).compareTo(LoginThrottle.MAX_DELAY) > 0 ? LoginThrottle.MAX_DELAY
                    : expected.multipliedBy(2);
        }
        assertThat(expected).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void attemptsInFlightCountBeforeTheirHashHasFailed() {
        int started = 0;
        for (int i = 0; i < 12; i++) {
            if (throttle.start("beheer", GUESSER).isEmpty()) {
                started++;
            }
        }

        assertThat(started).isEqualTo(LoginThrottle.FREE_FAILURES);
    }

    @Test
    void anAbandonedAttemptCountsNeitherWay() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.start("beheer", GUESSER)).isEmpty();
            throttle.abandon("beheer", GUESSER);
        }
    }

    @Test
    void successForgetsTheFailuresFromItsSource() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
            fail("partner", OWNER);
        }
        assertThat(throttle.start("partner", OWNER)).isEmpty();
        throttle.recordSuccess("partner", OWNER);

        failFreely("partner", OWNER);
        assertThat(throttle.start("partner", OWNER)).isPresent();
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutAny() {
        failFreely("partner", GUESSER);
        clock.advance(LoginThrottle.MEMORY.plusSeconds(1));

        assertThat(throttle.start("partner", GUESSER)).isEmpty();
    }

    @Test
    void guessesSpreadOverManySourcesMeetTheDelayPerUsername() {
        for (int source = 0; source < LoginThrottle.FREE_FAILURES_PER_USERNAME; source++) {
            fail("beheer", "198.51.100." + source);
        }

        assertThat(throttle.start("beheer", "198.51.100.200")).contains(LoginThrottle.FIRST_DELAY);
        assertThat(throttle.start("beheer", "198.51.100.200")).as("refused attempts do not count").isPresent();
        clock.advance(LoginThrottle.FIRST_DELAY);
        assertThat(throttle.start("beheer", "198.51.100.200")).isEmpty();
    }

    @Test
    void anAttemptEndsAsItsCheckSaysAndCountsForItsSourceOnly() {
        LoginThrottle.Attempt<String> wrong = throttle.attempt("beheer", GUESSER, () -> "account", found -> false);
        LoginThrottle.Attempt<String> right = throttle.attempt("beheer", OWNER, () -> "account", found -> true);
        LoginThrottle.Attempt<String> nobody = throttle.attempt("niemand", GUESSER, () -> null, found -> true);

        assertThat(wrong.outcome()).isEqualTo(LoginThrottle.Attempt.Outcome.FAILED);
        assertThat(right.outcome()).isEqualTo(LoginThrottle.Attempt.Outcome.PASSED);
        assertThat(right.passed()).isEqualTo("account");
        assertThat(nobody.outcome()).as("nothing found is never a success")
                .isEqualTo(LoginThrottle.Attempt.Outcome.FAILED);
        for (int i = 1; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.attempt("beheer", GUESSER, () -> "account", found -> false);
        }
        LoginThrottle.Attempt<String> waiting = throttle.attempt("beheer", GUESSER, () -> "account", found -> true);
        assertThat(waiting.outcome()).isEqualTo(LoginThrottle.Attempt.Outcome.THROTTLED);
        assertThat(waiting.retryAfter()).isEqualTo(LoginThrottle.FIRST_DELAY);
    }

    @Test
    void anAttemptThatCannotHashOrFailsCountsNeitherWay() {
        assertThat(throttle.startHashing()).isTrue();
        assertThat(throttle.startHashing()).isTrue();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
            assertThat(throttle.attempt("beheer", GUESSER, () -> "account", found -> false).outcome())
                    .isEqualTo(LoginThrottle.Attempt.Outcome.BUSY);
        }
        throttle.endHashing();
        throttle.endHashing();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
            assertThatThrownBy(() -> throttle.attempt("beheer", GUESSER, () -> {
                throw new IllegalStateException("database gone");
            }, found -> true)).isInstanceOf(IllegalStateException.class);
        }

        assertThat(throttle.attempt("beheer", GUESSER, () -> "account", found -> true).outcome())
                .isEqualTo(LoginThrottle.Attempt.Outcome.PASSED);
    }

    @Test
    void computesAtMostTwoHashesAtOnce() {
        assertThat(throttle.startHashing()).isTrue();
        assertThat(throttle.startHashing()).isTrue();
        assertThat(throttle.startHashing()).as("a third waits and then gives up").isFalse();

        throttle.endHashing();
        assertThat(throttle.startHashing()).isTrue();
    }

    @Test
    void forgetsOldFailuresWhenTooManyAreTracked() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            fail("guess" + i, GUESSER);
        }
        clock.advance(LoginThrottle.MEMORY.plusSeconds(1));
        failFreely("partner", GUESSER);

        assertThat(throttle.start("partner", GUESSER)).isPresent();
    }

    private void failFreely(String username, String source) {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            fail(username, source);
        }
    }

    private void fail(String username, String source) {
        assertThat(throttle.start(username, source)).isEmpty();
        throttle.recordFailure(username, source);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
