package nl.samenduurzaam.portal.web.pages;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input of a page has a maxlength: the browser silently cuts pasted text there, and PrimeFaces cuts what it
 * receives to it on the server too, so a too long title was stored cut off instead of refused. The boundary's
 * length check refuses it with its message beside the field.
 */
class NoInputIsCutOffTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern INPUT_WITH_MAXLENGTH =
            Pattern.compile("<(?!f:viewParam)[a-zA-Z]+:[a-zA-Z]+[^>]*\\bmaxlength=\"", Pattern.DOTALL);

    @Test
    void noInputOfAnyPageHasAMaxlength() throws IOException {
        List<String> cutOff = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                pages++;
                Matcher input = INPUT_WITH_MAXLENGTH.matcher(Files.readString(page));
                while (input.find()) {
                    cutOff.add(PAGES.relativize(page) + ": " + input.group().lines().findFirst().orElse(""));
                }
            }
        }

        assertThat(pages).isGreaterThan(20);
        assertThat(cutOff).isEmpty();
    }
}
