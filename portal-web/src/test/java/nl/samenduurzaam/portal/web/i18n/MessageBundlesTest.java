package nl.samenduurzaam.portal.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    @Test
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        Properties dutch = load("/i18n/messages_nl.properties");
        Properties english = load("/i18n/messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        assertThat(dutch.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void textsComeFromTheBundleOfTheLanguage() {
        assertThat(Texts.format(Texts.DUTCH, "idea.status.SHORTLISTED")).isEqualTo("Kansrijk");
        assertThat(Texts.format(java.util.Locale.ENGLISH, "idea.status.SHORTLISTED")).isEqualTo("Shortlisted");
        assertThat(Texts.format(Texts.DUTCH, "not a key")).isEqualTo("not a key");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
