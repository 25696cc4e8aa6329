package nl.samenduurzaam.portal.it.support;

import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the page state in the browser with the Nu HTML Checker (the W3C's, in process, no network), as the audits
 * of EN 301 549 do for success criterion 4.1.1: the document as the browser holds it now, so that a state an AJAX
 * update reached is checked as well as the first answer. Keeps the checker's messages per page next to the axe
 * report and fails on any error; warnings are only reported.
 */
public final class HtmlValidity {

    /** The checker's GNU format: {@code "":1.100-1.119: error: The “role” attribute ...}. */
    private static final Pattern MESSAGE = Pattern.compile(
            "^\"?[^\"]*\"?:(\\d+)\\.(\\d+)(?:-\\d+\\.\\d+)?: ([a-z -]+): (.*)$");
    private static final int EXTRACT = 60;

    private HtmlValidity() {
    }

    public static void check(WebDriver driver, String page) {
        String html = documentOf(driver);
        List<Message> messages = validate(html);
        List<String> errors = messages.stream().filter(Message::isError).map(Message::toString).toList();
        report(page, driver.getCurrentUrl(), messages, errors.isEmpty() ? null : html);
        assertThat(errors).as("Nu HTML Checker errors on %s", page).isEmpty();
    }

    /** The doctype and the document element as serialised by the browser. */
    private static String documentOf(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const d = document.doctype;"
                        + " return (d ? new XMLSerializer().serializeToString(d) : '')"
                        + " + document.documentElement.outerHTML;");
    }

    static List<Message> validate(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setForceHTML(true);
        try {
            String output = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            String[] lines = html.split("\n", -1);
            return output.lines().filter(line -> !line.isBlank()).map(line -> Message.parse(line, lines)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the Nu HTML Checker could not read the page", e);
        }
    }

    /** The report, and the document checked when it has errors (to find their source). */
    private static void report(String page, String url, List<Message> messages, String failedDocument) {
        Path directory = Path.of(System.getProperty("accessibility.dir", "target/accessibility"));
        StringBuilder text = new StringBuilder().append(page).append(" (").append(url).append(")\n")
                .append("Nu HTML Checker: ").append(messages.stream().filter(Message::isError).count())
                .append(" errors, ").append(messages.size()).append(" messages\n");
        messages.forEach(message -> text.append(message).append('\n'));
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(page + ".html-check.txt"), text);
            if (failedDocument != null) {
                Files.writeString(directory.resolve(page + ".checked.html"), failedDocument);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Message(String type, String text, String extract) {

        static Message parse(String line, String[] source) {
            Matcher matcher = MESSAGE.matcher(line);
            if (!matcher.matches()) {
                return new Message("error", line, "");
            }
            int row = Integer.parseInt(matcher.group(1)) - 1;
            int column = Integer.parseInt(matcher.group(2)) - 1;
            String extract = "";
            if (row >= 0 && row < source.length) {
                String sourceLine = source[row];
                int from = Math.max(0, Math.min(column, sourceLine.length()));
                extract = sourceLine.substring(from, Math.min(sourceLine.length(), from + EXTRACT));
            }
            return new Message(matcher.group(3), matcher.group(4), extract);
        }

        boolean isError() {
            return type.contains("error");
        }

        @Override
        public String toString() {
            return "[" + type + "] " + text + (extract.isEmpty() ? "" : " at: " + extract);
        }
    }
}
