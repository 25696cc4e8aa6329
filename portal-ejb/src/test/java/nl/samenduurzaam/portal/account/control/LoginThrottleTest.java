package nl.samenduurzaam.portal.account.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-28T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, Duration.ofMillis(200));

    @Test
    void blocksAUsernameAfterFiveFailuresWithinTheWindow() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.recordFailure("Partner");
        }
        assertThat(throttle.isBlocked("partner")).isFalse();

        throttle.recordFailure("partner ");

        assertThat(throttle.isBlocked("PARTNER")).isTrue();
        assertThat(throttle.isBlocked("beoordelaar")).isFalse();
    }

    @Test
    void unblocksWhenTheWindowHasPassed() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.recordFailure("partner");
        }
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

        assertThat(throttle.isBlocked("partner")).isFalse();
    }

    @Test
    void successForgetsEarlierFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.recordFailure("partner");
        }
        throttle.recordSuccess("partner");
        throttle.recordFailure("partner");

        assertThat(throttle.isBlocked("partner")).isFalse();
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
    void forgetsExpiredFailuresWhenTooManyUsernamesAreTracked() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED_USERNAMES; i++) {
            throttle.recordFailure("guess" + i);
        }
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.recordFailure("partner");
        }

        assertThat(throttle.isBlocked("partner")).isTrue();
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
