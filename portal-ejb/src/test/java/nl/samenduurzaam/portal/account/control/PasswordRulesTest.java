package nl.samenduurzaam.portal.account.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

    @Test
    void aLongPassphraseOfAnyCharactersIsAcceptedWithoutCompositionRules() {
        assertThat(PasswordRules.refusalOf("partner", "fietsen langs de geleenbeek")).isEmpty();
        assertThat(PasswordRules.refusalOf("partner", "ééééééééééééé")).as("any Unicode").isEmpty();
        assertThat(PasswordRules.refusalOf("partner", "x".repeat(128))).isEmpty();
    }

    @Test
    void twelveToOneHundredTwentyEightCharacters() {
        assertThat(PasswordRules.refusalOf("partner", "elf tekens!")).contains("account.password.length");
        assertThat(PasswordRules.refusalOf("partner", "x".repeat(129))).contains("account.password.length");
        assertThat(PasswordRules.refusalOf("partner", null)).contains("account.password.length");
    }

    @Test
    void thePasswordsGuessersTryFirstAreRefusedWhateverTheirCase() {
        assertThat(PasswordRules.refusalOf("partner", "Wachtwoord123")).contains("account.password.common");
        assertThat(PasswordRules.refusalOf("partner", "123456789012")).contains("account.password.common");
        assertThat(PasswordRules.refusalOf("partner", "SamenDuurzaam2026!")).contains("account.password.common");
        assertThat(PasswordRules.commonPasswords()).isGreaterThan(100);
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(PasswordRules.refusalOf("beoordelaar", "ik ben de Beoordelaar!"))
                .contains("account.password.contains-username");
    }
}
