package nl.samenduurzaam.portal.idea.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdeaNumberTest {

    @Test
    void formatsYearAndFourDigitSequence() {
        assertThat(IdeaNumber.format(2026, 7)).isEqualTo("SD-2026-0007");
        assertThat(IdeaNumber.format(2026, 12345)).isEqualTo("SD-2026-12345");
    }

    @Test
    void countersHandOutConsecutiveNumbers() {
        IdeaNumberCounter counter = new IdeaNumberCounter(2026);

        assertThat(counter.next()).isEqualTo("SD-2026-0001");
        assertThat(counter.next()).isEqualTo("SD-2026-0002");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> IdeaNumber.format(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(IdeaNumber.isValid("SD-2026-0001")).isTrue();
        assertThat(IdeaNumber.isValid("SD-26-1")).isFalse();
        assertThat(IdeaNumber.isValid("SD-2026-0001; drop table idea")).isFalse();
    }
}
