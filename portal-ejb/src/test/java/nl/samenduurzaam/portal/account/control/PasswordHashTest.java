package nl.samenduurzaam.portal.account.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashTest {

    @Test
    void verifiesTheRightPasswordAndRejectsAnother() {
        String stored = PasswordHash.hash("geheim-wachtwoord".toCharArray(), 1_000);

        assertThat(PasswordHash.verify("geheim-wachtwoord".toCharArray(), stored)).isTrue();
        assertThat(PasswordHash.verify("geheim-wachtwoorD".toCharArray(), stored)).isFalse();
    }

    @Test
    void storesAlgorithmIterationsAndARandomSalt() {
        String first = PasswordHash.hash("same".toCharArray(), 1_000);
        String second = PasswordHash.hash("same".toCharArray(), 1_000);

        assertThat(first).startsWith("PBKDF2WithHmacSHA256:1000:");
        assertThat(first.split(":")).hasSize(4);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void defaultHashUsesTheOwaspIterationCount() {
        assertThat(PasswordHash.hash("x".toCharArray())).startsWith("PBKDF2WithHmacSHA256:600000:");
    }

    @Test
    void malformedStoredHashNeverMatches() {
        assertThat(PasswordHash.verify("x".toCharArray(), "plain-text")).isFalse();
        assertThat(PasswordHash.verify("x".toCharArray(), "MD5:1:abc:def")).isFalse();
        assertThat(PasswordHash.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:x:%%:%%")).isFalse();
        assertThat(PasswordHash.verify(null, "PBKDF2WithHmacSHA256:1:AA==:AA==")).isFalse();
    }
}
