package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

/** An idea's page (or the idea's context on a task page): texts, where it is, diagram and timeline. */
public class IdeaPage extends PortalPage {

    IdeaPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the idea page by its URL, as a bookmark or a guessed number would. */
    public static IdeaPage open(WebDriver driver, URL base, String number) {
        driver.get(base + "ideas/idea.xhtml?number=" + number);
        return new IdeaPage(driver);
    }

    public String description() {
        return driver.findElement(By.cssSelector(".idea-context .portal-idea-text")).getText();
    }

    public List<String> timeline() {
        return driver.findElements(By.cssSelector(".idea-timeline .timeline-what")).stream()
                .map(WebElement::getText).toList();
    }

    /** The notes of the timeline's entries (the reasons given with decisions), newest first. */
    public List<String> timelineNotes() {
        return driver.findElements(By.cssSelector(".idea-timeline .timeline-note")).stream()
                .map(WebElement::getText).toList();
    }

    /** The municipality's approved role as the page states it; empty while none is approved. */
    /** The owner's plan as the idea page shows it; empty where the reader may not see it or there is none. */
    public String ownersPlan() {
        return driver.findElements(By.cssSelector(".idea-plan")).stream().map(WebElement::getText).findFirst()
                .orElse("");
    }

    public String municipalRole() {
        return driver.findElements(By.cssSelector(".idea-municipal-role")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    public String status() {
        return driver.findElement(By.cssSelector(".idea-now .idea-status")).getText();
    }

    /** The names the drawn diagram shows on its steps, events and flows (after {@link #currentStepsInDiagram()}). */
    public List<String> diagramLabels() {
        // a long name is drawn over several lines (tspan elements): read them as the one name they are
        Object labels = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                + "'.process-diagram .djs-label')).map(function (label) { return Array.from(label.querySelectorAll("
                + "'tspan')).map(function (line) { return line.textContent.trim(); }).join(' ').trim(); })"
                + ".filter(function (text) { return text.length > 0; });");
        return ((List<?>) labels).stream().map(String::valueOf).toList();
    }

    /** Waits until the viewer has drawn the diagram; the ids of the steps marked current. */
    public List<String> currentStepsInDiagram() {
        wait.until(d -> !d.findElements(By.cssSelector(".process-diagram.diagram-ready")).isEmpty()
                || !d.findElements(By.cssSelector(".process-diagram.diagram-failed")).isEmpty());
        driver.findElements(By.cssSelector(".process-diagram.diagram-failed")).stream().findFirst().ifPresent(figure -> {
            throw new AssertionError("The diagram failed: " + figure.getAttribute("data-failure"));
        });
        return driver.findElements(By.cssSelector(".process-diagram g.diagram-current")).stream()
                .map(element -> element.getAttribute("data-element-id")).toList();
    }

    public int passedStepsInDiagram() {
        return driver.findElements(By.cssSelector(".process-diagram g.diagram-passed")).size();
    }

    /** Tries to add a co-author and returns the message the page shows. */
    public String addCoAuthor(String username, String expected) {
        WebElement field = driver.findElement(By.id("co-author-form:co-author"));
        field.clear();
        field.sendKeys(username);
        driver.findElement(By.id("co-author-form:add-co-author")).click();
        return waitForMessage(expected);
    }

    public boolean hasIdea() {
        return !driver.findElements(By.cssSelector(".idea-context")).isEmpty();
    }
}
