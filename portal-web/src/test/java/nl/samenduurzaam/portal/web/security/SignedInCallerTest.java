package nl.samenduurzaam.portal.web.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInCallerTest {

    private static final Instant LOGIN = Instant.parse("2026-12-07T08:30:00Z");

    @Test
    void aLoginLastsTwelveHoursHoweverActiveTheSessionStays() {
        SignedInCaller caller = new SignedInCaller("beoordelaar", Set.of("screener"), LOGIN);

        assertThat(caller.outlived(LOGIN.plus(Duration.ofHours(12)).minusSeconds(1))).isFalse();
        assertThat(caller.outlived(LOGIN.plus(Duration.ofHours(12)))).isTrue();
        assertThat(caller.outlived(LOGIN.plus(Duration.ofDays(3)))).isTrue();
    }

    @Test
    void aLoginOfUnknownTimeHasOutlivedItself() {
        assertThat(new SignedInCaller("beoordelaar", Set.of("screener"), null).outlived(LOGIN)).isTrue();
    }
}
