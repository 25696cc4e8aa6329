package nl.samenduurzaam.portal.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Zon op scholen", "Coöperatie Zonnedak – fase 2", "Überlandstraße 12", "Ελληνικά", "日本語",
            "Straße & co. (€ 25.000)"})
    void ordinaryTextInAnyScriptIsAllowed(String text) {
        assertThat(text).matches(TextRules.SINGLE_LINE).matches(TextRules.MULTI_LINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"factuur\u202Egnp.exe", "a\u202Db", "a\u2066b\u2069", "a\u200Fb", "ad\u200Bmin", "a\u2060b",
            "a\uFEFFb", "a\u0085b", "a\u009Bb", "a\u2028b", "a\nb", "a\tb", "a\u0000b", "a\u007Fb"})
    void invisibleAndControlCharactersAreRefusedOnOneLine(String text) {
        assertThat(text).doesNotMatch(TextRules.SINGLE_LINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"factuur\u202Egnp.exe", "a\u2067b", "a\u200Eb", "a\uFEFFb", "a\u0085b", "a\u0007b",
            "a\u2029b"})
    void longerTextRefusesWhatTurnsItsDirectionAndControlCharacters(String text) {
        assertThat(text).doesNotMatch(TextRules.MULTI_LINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uFFFEb", "a\uFFFFb", "a\uFDD0b", "a\uFDEFb", "a\uD83F\uDFFEb", "a\uDBFF\uDFFFb"})
    void noncharactersThatHtmlForbidsAreRefusedEverywhere(String text) {
        assertThat(text).doesNotMatch(TextRules.SINGLE_LINE).doesNotMatch(TextRules.MULTI_LINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uFDCFb", "a\uFDF0b", "a\uD83D\uDFFDb", "emoji \uD83D\uDE00"})
    void theirNeighboursAreAllowed(String text) {
        assertThat(text).matches(TextRules.SINGLE_LINE).matches(TextRules.MULTI_LINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Eerste regel\nTweede regel", "Kolom\tkolom", "Windows\r\nregel", "Familie \uD83D\uDC68\u200D\uD83D\uDC69"})
    void longerTextKeepsLineBreaksTabsAndJoiners(String text) {
        assertThat(text).matches(TextRules.MULTI_LINE);
    }
}
