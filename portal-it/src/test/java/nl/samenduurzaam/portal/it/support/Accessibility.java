package nl.samenduurzaam.portal.it.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page in the browser, keeps the result per page under
 * target/accessibility for review, and fails on serious or critical violations; also on a script the CSP blocked,
 * on a text missing from the bundles and on markup the Nu HTML Checker refuses ({@link HtmlValidity}).
 */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final Pattern MISSING_TEXT = Pattern.compile("\\?\\?\\?[^?<>\"]{0,80}\\?\\?\\?");

    private Accessibility() {
    }

    public static void check(WebDriver driver, String page) {
        awaitQuietPage(driver);
        assertNoBlockedScripts(driver, page);
        assertNoMissingTexts(driver, page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        report(page, results.getUrl(), results.getPasses().size(), violations);
        List<String> blocking = violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Accessibility::describe).toList();
        assertThat(blocking).as("serious or critical WCAG 2.1 AA violations on %s", page).isEmpty();
        HtmlValidity.check(driver, page);
    }

    /** A script the Content-Security-Policy blocked is a page that does not work: the console must not name one. */
    private static void assertNoBlockedScripts(WebDriver driver, String page) {
        assertThat(Browser.blockedScripts(driver)).as("scripts blocked by the Content-Security-Policy on %s", page).isEmpty();
    }

    /** A key missing from the bundles shows as ???key??? (in text or in an attribute such as a button's label). */
    private static void assertNoMissingTexts(WebDriver driver, String page) {
        Matcher missing = MISSING_TEXT.matcher(driver.getPageSource());
        List<String> keys = new ArrayList<>();
        while (missing.find()) {
            keys.add(missing.group());
        }
        assertThat(keys).as("texts missing from the bundles on %s", page).isEmpty();
    }

    /**
     * Waits until PrimeFaces has no AJAX request running and no button is in its loading state: a button stays
     * faded (and fails the contrast rule) until the request that it started has completed.
     */
    private static void awaitQuietPage(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && document.querySelectorAll('.ui-state-loading, button[disabled].ui-button')"
                        + ".length === 0;")));
    }

    private static void report(String page, String url, int passes, List<Rule> violations) {
        Path directory = Path.of(System.getProperty("accessibility.dir", "target/accessibility"));
        StringBuilder text = new StringBuilder()
                .append(page).append(" (").append(url).append(")\n")
                .append("rules passed: ").append(passes).append(", violated: ").append(violations.size()).append('\n');
        violations.forEach(rule -> text.append(describe(rule)).append('\n'));
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(page + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf)
                .limit(5).collect(Collectors.joining(", "));
        return "[" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " at " + where;
    }
}
