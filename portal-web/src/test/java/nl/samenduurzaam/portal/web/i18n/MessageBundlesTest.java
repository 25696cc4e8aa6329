package nl.samenduurzaam.portal.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @Test
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        Properties dutch = load("/i18n/messages_nl.properties");
        Properties english = load("/i18n/messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        assertThat(dutch.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    /**
     * A text with a placeholder goes through MessageFormat, which takes a single quote for the start of a quoted part:
     * "the municipality's role in {0}" would lose its quote and its placeholder. Such texts write a quote as ''.
     */
    @Test
    void textsWithPlaceholdersKeepTheirQuotesAndFillTheirPlaceholders() throws IOException {
        for (String bundle : new String[] {"/i18n/messages_nl.properties", "/i18n/messages_en.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!PLACEHOLDER.matcher(text).find()) {
                    continue;
                }
                assertThat(text.replace("''", "")).as("a single quote in %s of %s: write it as ''", key, bundle)
                        .doesNotContain("'");
                assertThat(new MessageFormat(text, Locale.ROOT).format(new Object[] {2, 2, 2, 2, 2}))
                        .as("%s of %s, formatted", key, bundle).doesNotContain("{");
            }
        }
    }

    @Test
    void textsComeFromTheBundleOfTheLanguage() {
        assertThat(Texts.format(Texts.DUTCH, "idea.status.SHORTLISTED")).isEqualTo("Kansrijk");
        assertThat(Texts.format(Locale.ENGLISH, "idea.status.SHORTLISTED")).isEqualTo("Shortlisted");
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
