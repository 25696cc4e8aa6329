package nl.samenduurzaam.portal.account.control;

import nl.samenduurzaam.portal.account.boundary.CredentialsChanged;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialChangesTest {

    private static final Instant CHANGED = Instant.parse("2026-12-07T10:00:00Z");
    private final CredentialChanges changes = new CredentialChanges();

    @Test
    void sessionsLoggedInBeforeTheChangeAreOutdatedLaterOnesAreNot() {
        changes.record(new CredentialsChanged("Partner", CHANGED));

        assertThat(changes.changedSince("partner", CHANGED.minusSeconds(1))).isTrue();
        assertThat(changes.changedSince("partner", CHANGED)).isFalse();
        assertThat(changes.changedSince("partner2", CHANGED.minusSeconds(1))).as("another account").isFalse();
    }

    @Test
    void changesOlderThanAnySessionAreForgotten() {
        changes.record(new CredentialsChanged("partner", CHANGED));
        changes.record(new CredentialsChanged("partner2", CHANGED.plus(CredentialChanges.SESSION_LIFETIME)
                .plus(Duration.ofMinutes(1))));

        assertThat(changes.changedSince("partner", CHANGED.minusSeconds(1))).isFalse();
    }
}
