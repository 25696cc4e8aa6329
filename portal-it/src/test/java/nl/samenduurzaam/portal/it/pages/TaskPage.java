package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** A task's page: the idea's context beside the task's form, and the handling of the task. */
public class TaskPage extends PortalPage {

    TaskPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-heading")));
    }

    /** The idea's context is on the page: its texts, timeline and the drawn process with the current step. */
    public IdeaPage context() {
        return new IdeaPage(driver);
    }

    /** Gives every criterion the score at this position (1-5) and a comment. */
    public TaskPage scoreEveryCriterion(int score, String comment) {
        for (WebElement select : driver.findElements(By.cssSelector("#assessment-form select[id$=':score']"))) {
            new Select(select).selectByIndex(score);
        }
        if (comment != null) {
            driver.findElement(By.id("assessment-form:comment")).sendKeys(comment);
        }
        return this;
    }

    public int criteriaCount() {
        return driver.findElements(By.cssSelector("#assessment-form select[id$=':score']")).size();
    }

    /** Chooses the primary role and secondary roles by their names, waiting for the conflict check each time. */
    public TaskPage chooseRoles(String primary, String... secondary) {
        new Select(driver.findElement(By.id("role-form:primary"))).getOptions().stream()
                .filter(option -> option.getText().startsWith(primary)).findFirst().orElseThrow().click();
        awaitAjax();
        for (String role : secondary) {
            driver.findElement(By.xpath("//fieldset[.//input[starts-with(@id,'role-form:secondary')]]//label["
                    + "starts-with(normalize-space(), '" + role + "')]")).click();
            awaitAjax();
        }
        return this;
    }

    public List<String> conflictWarnings() {
        return driver.findElements(By.cssSelector("#role-form\\:conflicts li")).stream()
                .map(WebElement::getText).toList();
    }

    public TaskPage describeRole(String department, String commitment, String rationale, String justification) {
        type("role-form:department", department);
        type("role-form:commitment", commitment);
        type("role-form:rationale", rationale);
        if (justification != null) {
            type("role-form:justification", justification);
        }
        return this;
    }

    /** Submits the form and expects to stay on the page with an error (next to a field or at the top). */
    public String submitExpectingError(String form, String expected) {
        pressConfirming(By.id(form + ":complete"));
        wait.until(d -> errors().stream().anyMatch(text -> text.contains(expected)));
        return errors().stream().filter(text -> text.contains(expected)).findFirst().orElseThrow();
    }

    /** Submits the form; the portal returns to the task list with the message. */
    public TaskListPage submit(String form, String expectedMessage) {
        pressConfirming(By.id(form + ":complete"));
        TaskListPage list = new TaskListPage(driver).await();
        list.waitForMessage(expectedMessage);
        return list;
    }

    /** Submits a form whose chosen outcome does not end the idea: it must not ask for confirmation. */
    public TaskListPage submitUnasked(String form, String expectedMessage) {
        driver.findElement(By.id(form + ":complete")).click();
        if (confirmationAsked()) {
            throw new AssertionError("The portal asked to confirm an outcome that can be undone");
        }
        TaskListPage list = new TaskListPage(driver).await();
        list.waitForMessage(expectedMessage);
        return list;
    }

    /** What the decision is about, shown above a decision form (scores, role proposal, plan). */
    public String whatIsDecided() {
        return driver.findElements(By.cssSelector(".decided-on")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    /** Chooses the outcome at this position of a form's radio group. */
    public TaskPage choose(String form, int option) {
        chooseOption(form, option);
        return this;
    }

    /** Presses the form's button, which must ask for confirmation first (the chosen decision ends the idea). */
    public ConfirmDialog submitAsked(String form) {
        return pressExpectingConfirmation(By.id(form + ":complete"));
    }

    public TaskPage setFollowUp(String isoDate) {
        openHandling();
        WebElement field = driver.findElement(By.id("handling-form:follow-up"));
        // a date input takes the date as typed in the browser's locale; setting the value is locale-proof
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field,
                isoDate);
        driver.findElement(By.id("handling-form:save-follow-up")).click();
        waitForMessage("opvolgdatum");
        return this;
    }

    public TaskListPage handOverTo(String colleague) {
        openHandling();
        type("handling-form:colleague", colleague);
        driver.findElement(By.id("handling-form:delegate")).click();
        TaskListPage list = new TaskListPage(driver).await();
        list.waitForMessage("overgedragen");
        return list;
    }

    public String handOverExpectingError(String colleague, String expected) {
        openHandling();
        type("handling-form:colleague", colleague);
        driver.findElement(By.id("handling-form:delegate")).click();
        return waitForMessage(expected);
    }

    private void openHandling() {
        WebElement details = driver.findElement(By.cssSelector("#handling-form details"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    private List<String> errors() {
        List<String> all = new java.util.ArrayList<>(fieldMessages());
        driver.findElements(By.cssSelector(".portal-message-error")).forEach(e -> all.add(e.getText()));
        return all;
    }


    private void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
