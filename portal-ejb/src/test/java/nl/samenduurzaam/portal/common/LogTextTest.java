package nl.samenduurzaam.portal.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogTextTest {

    @Test
    void aValueCannotStartALineOfItsOwn() {
        String forged = "partner\r\n[2026-12-02T10:00:00.000+0000] [Payara 6] [SEVERE] forged\u2028\u0085record";

        assertThat(LogText.clean(forged)).doesNotContain("\r", "\n", "\u2028", "\u0085")
                .startsWith("partner??[2026-12-02T10").contains("forged??record");
    }

    @Test
    void aValueCannotReadOtherwiseThanItIsWritten() {
        assertThat(LogText.clean("factuur\u202Egnp.exe")).isEqualTo("factuur?gnp.exe");
        assertThat(LogText.clean("ad\u200Bmin")).isEqualTo("ad?min");
    }

    @Test
    void longValuesAreCutAndNullIsNamed() {
        assertThat(LogText.clean("x".repeat(500))).hasSize(203).endsWith("...");
        assertThat(LogText.clean(null)).isEqualTo("null");
    }
}
