package nl.samenduurzaam.portal.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the pages and the code name literally exists in both bundles: a missing one reaches the person as
 * {@code ???key???} on a page, or as the bare key in a message.
 */
class MessageKeysInUseTest {

    private static final String KEY = "([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)";
    /** {@code #{msg['some.key']}} in a page; a key built with concat() is not literal and not read. */
    private static final Pattern IN_PAGE = Pattern.compile("msg\\['" + KEY + "'\\]");
    /** {@code Messages.addGlobalError("some.key", ...)} and {@code Texts.format(locale, "some.key")} in a view. */
    private static final Pattern IN_VIEW = Pattern.compile(
            "(?:Messages\\.add\\w*\\(|Texts\\.format\\([^,()]+,)\\s*\"" + KEY + "\"\\s*[,)]");
    /** A refusal of a boundary or an entity: {@code new PortalException("some.key")}, {@code find(.., "some.key")}. */
    private static final Pattern IN_REFUSAL = Pattern.compile(
            "(?:new \\w*Exception\\(|find\\(\\w+\\.class,[^,()]+,)\\s*\"" + KEY + "\"\\s*[,)]");

    private static final Path WEB = Path.of("src/main");
    private static final Path DOMAIN = Path.of("../portal-ejb/src/main/java");
    private static final Path WORKFLOW = Path.of("../workflow/src/main/java");

    @Test
    void everyKeyThePagesAndTheCodeNameIsInBothBundles() {
        Map<String, String> used = new TreeMap<>();
        int inPages = collect(WEB.resolve("webapp"), ".xhtml", IN_PAGE, used);
        int inViews = collect(WEB.resolve("java"), ".java", IN_VIEW, used);
        int inRefusals = collect(DOMAIN, ".java", IN_REFUSAL, used) + collect(WORKFLOW, ".java", IN_REFUSAL, used);
        // the patterns still find what they are for: a test that reads nothing would pass whatever is missing
        assertThat(inPages).isGreaterThan(300);
        assertThat(inViews).isGreaterThan(30);
        assertThat(inRefusals).isGreaterThan(50);

        for (String bundle : new String[] {"/i18n/messages_nl.properties", "/i18n/messages_en.properties"}) {
            Properties texts = load(bundle);
            Map<String, String> missing = new TreeMap<>(used);
            missing.keySet().removeAll(texts.stringPropertyNames());
            assertThat(missing).as("keys used but missing from %s (key = first file using it)", bundle).isEmpty();
        }
    }

    /** Adds each key found to {@code used} with the first file naming it; answers how many uses were found. */
    private static int collect(Path root, String extension, Pattern pattern, Map<String, String> used) {
        int found = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(extension)).toList()) {
                Matcher key = pattern.matcher(Files.readString(file));
                while (key.find()) {
                    used.putIfAbsent(key.group(1), root.relativize(file).toString());
                    found++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageKeysInUseTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
