package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** The civil servant's task list (filters, claiming) and the task page with the task's form. */
public class TaskListPage extends PortalPage {

    /** Positions of the screening decisions in the form. */
    public static final int SHORTLIST = 0;
    public static final int CLARIFY = 1;
    public static final int MERGE = 2;
    public static final int NOT_PURSUED = 3;

    private static final String SCREENING_TASK = "Idee screenen";
    private static final String OWNER_TASK = "Eigenaar voorstellen";

    TaskListPage(WebDriver driver) {
        super(driver);
    }

    TaskListPage await() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks-form:tasks")));
        return this;
    }

    public boolean filtersShown() {
        return driver.findElement(By.id("filter-form:text")).isDisplayed();
    }

    /** Folds the filters open or closed (a phone's button); answers the button's text after. */
    public String toggleFilters() {
        WebElement toggle = driver.findElement(By.cssSelector(".filters-toggle"));
        toggle.click();
        return toggle.getText();
    }

    /** How far from the top of the page the first task of the list starts, in CSS pixels. */
    public int firstTaskTop() {
        return driver.findElement(By.cssSelector("#tasks-form\\:tasks_data > tr")).getRect().getY();
    }

    /** Shows only the tasks of ideas whose number or title contains the text (the list's search). */
    public TaskListPage search(String text) {
        WebElement field = driver.findElement(By.id("filter-form:text"));
        field.clear();
        field.sendKeys(text);
        return applyFilters();
    }

    /** Shows only tasks of this kind, by its name in the list. */
    public TaskListPage filterByTask(String taskName) {
        new Select(driver.findElement(By.id("filter-form:task-key"))).selectByVisibleText(taskName);
        return applyFilters();
    }

    public TaskListPage applyFilters() {
        WebElement table = driver.findElement(By.id("tasks-form:tasks"));
        driver.findElement(By.id("filter-form:search")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        await();
        return this;
    }

    public TaskListPage resetFilters() {
        WebElement table = driver.findElement(By.id("tasks-form:tasks"));
        driver.findElement(By.id("filter-form:reset")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        return await();
    }

    /** The idea numbers in the list as shown, top to bottom. */
    public List<String> ideaNumbers() {
        return driver.findElements(By.cssSelector("#tasks-form\\:tasks_data .task-idea-number")).stream()
                .map(WebElement::getText).toList();
    }

    /** What the first row's cells show, as the reader sees them (a column's title only where it is visible). */
    public List<String> firstRowCells() {
        return driver.findElements(By.cssSelector("#tasks-form\\:tasks_data > tr:first-child > td")).stream()
                .map(WebElement::getText).toList();
    }

    /** The page of the list shown ("Pagina 2"); empty while the tasks fit on one page. */
    public String pageShown() {
        return pageShownOf("tasks-form:tasks");
    }

    public TaskListPage nextPage() {
        if (!turnPage("tasks-form:tasks", true)) {
            throw new AssertionError("The task list has no next page");
        }
        return this;
    }

    public boolean hasNextPage() {
        return canTurnPage("tasks-form:tasks", true);
    }

    /** The screen reader's names of the previous and next page buttons. */
    public List<String> pageButtonLabels() {
        return List.of(pageButtonLabel("tasks-form:tasks", false), pageButtonLabel("tasks-form:tasks", true));
    }

    public TaskListPage previousPage() {
        if (!turnPage("tasks-form:tasks", false)) {
            throw new AssertionError("The task list has no previous page");
        }
        return this;
    }

    /** What the list says instead of offering the task of this kind for the idea; empty when it offers it. */
    public String exclusionOf(String ideaNumber, String taskName) {
        return driver.findElements(rowLocator(ideaNumber, taskName)).stream()
                .flatMap(row -> row.findElements(By.cssSelector(".task-excluded")).stream())
                .map(WebElement::getText).findFirst().orElse("");
    }

    public boolean hasTaskFor(String ideaNumber) {
        search(ideaNumber);
        return !driver.findElements(rowLocator(ideaNumber)).isEmpty();
    }

    public boolean hasTask(String ideaNumber, String taskName) {
        search(ideaNumber);
        return !driver.findElements(rowLocator(ideaNumber, taskName)).isEmpty();
    }

    public TaskListPage claim(String ideaNumber) {
        search(ideaNumber);
        row(ideaNumber).findElement(By.cssSelector("button[id$=':claim']")).click();
        wait.until(d -> !row(ideaNumber).findElements(By.xpath(".//a[contains(@id,':open')]")).isEmpty());
        return this;
    }

    /** Takes the idea's screening task and opens its form in one action; answers what the page then says. */
    public String claimAndOpenInOne(String ideaNumber) {
        search(ideaNumber);
        row(ideaNumber).findElement(By.cssSelector("button[id$=':claim-open']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screening-form:decision")));
        return waitForMessage("U behandelt nu de taak");
    }

    /** Opens the task page of the idea's screening task. */
    public TaskListPage open(String ideaNumber) {
        row(ideaNumber).findElement(By.xpath(".//a[contains(@id,':open')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screening-form:decision")));
        return this;
    }

    /** Chooses a screening decision by its position (see the constants), with a reason. */
    public TaskListPage decide(int option, String reason) {
        chooseOption("screening-form", option);
        if (reason != null) {
            WebElement field = driver.findElement(By.id("screening-form:reason"));
            field.clear();
            field.sendKeys(reason);
        }
        return this;
    }

    /** Presses the form's button, which must ask for confirmation first (the chosen decision ends the idea). */
    public ConfirmDialog completeAsked() {
        return pressExpectingConfirmation(By.id("screening-form:complete"));
    }

    /** Completes a form whose chosen outcome does not end the idea: it must not ask for confirmation. */
    public String completeUnasked(String expectedMessage) {
        driver.findElement(By.id("screening-form:complete")).click();
        if (confirmationAsked()) {
            throw new AssertionError("The portal asked to confirm an outcome that can be undone");
        }
        await();
        return waitForMessage(expectedMessage);
    }

    /** Completes the task's form; the portal returns to the list with the message. */
    public String complete(String expectedMessage) {
        pressConfirming(By.id("screening-form:complete"));
        await();
        return waitForMessage(expectedMessage);
    }

    /** Completes and waits for a message next to a field of the form. */
    public String completeExpectingFieldError(String expected) {
        return completeExpectingFieldError(expected, "screening-form");
    }

    public String completeExpectingFieldError(String expected, String form) {
        pressConfirming(By.id(form + ":complete"));
        wait.until(d -> fieldMessages().stream().anyMatch(message -> message.contains(expected)));
        return fieldMessages().stream().filter(message -> message.contains(expected)).findFirst().orElseThrow();
    }

    /** Claims and opens the owner proposal of the idea, and proposes the organisation whose name contains this. */
    public String proposeOwner(String ideaNumber, String organisationName) {
        claimAndOpen(ideaNumber, OWNER_TASK, "owner-form:owner");
        Select owner = new Select(driver.findElement(By.id("owner-form:owner")));
        owner.getOptions().stream().filter(option -> option.getText().contains(organisationName)).findFirst()
                .orElseThrow().click();
        driver.findElement(By.id("owner-form:complete")).click();
        await();
        return waitForMessage("voorgesteld");
    }

    /** Claims and opens a decision task of the idea and chooses the decision at this position, with a reason. */
    public TaskListPage decideTask(String ideaNumber, String taskName, int option, String reason) {
        claimAndOpen(ideaNumber, taskName, "decision-form:decision");
        chooseOption("decision-form", option);
        if (reason != null) {
            driver.findElement(By.id("decision-form:reason")).sendKeys(reason);
        }
        return this;
    }

    /** Chooses another outcome in the open decision form. */
    public TaskListPage chooseDecision(int option) {
        chooseOption("decision-form", option);
        return this;
    }

    public String completeDecision() {
        pressConfirming(By.id("decision-form:complete"));
        await();
        return waitForMessage("vastgelegd");
    }

    /** Claims the idea's task of this name and opens its page, waiting for a field of its form. */
    public TaskListPage claimAndOpen(String ideaNumber, String taskName, String formFieldId) {
        claimAndOpenPage(ideaNumber, taskName);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(formFieldId)));
        return this;
    }

    public SessionSelectionPage openSessionSelection() {
        driver.findElement(By.id("session-selection-link")).click();
        return new SessionSelectionPage(driver);
    }

    /** Claims the idea's task of this name and opens its page. */
    public TaskPage openTask(String ideaNumber, String taskName) {
        claimAndOpenPage(ideaNumber, taskName);
        return new TaskPage(driver);
    }

    /** Waits (the engine's job executor may still be at work) until the idea has a task of this name. */
    public TaskListPage awaitTask(String ideaNumber, String taskName) {
        org.openqa.selenium.support.ui.WebDriverWait patient = new org.openqa.selenium.support.ui.WebDriverWait(
                driver, java.time.Duration.ofSeconds(60), java.time.Duration.ofSeconds(2));
        patient.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        patient.until(d -> {
            search(ideaNumber);
            return !d.findElements(rowLocator(ideaNumber, taskName)).isEmpty();
        });
        return this;
    }

    private void claimAndOpenPage(String ideaNumber, String taskName) {
        search(ideaNumber);
        By row = rowLocator(ideaNumber, taskName);
        WebElement found = wait.until(ExpectedConditions.presenceOfElementLocated(row));
        if (found.findElements(By.xpath(".//a[contains(@id,':open')]")).isEmpty()) {
            // one action takes the task and opens its form
            found.findElement(By.cssSelector("button[id$=':claim-open']")).click();
        } else {
            found.findElement(By.xpath(".//a[contains(@id,':open')]")).click();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-heading")));
    }

    private WebElement row(String ideaNumber) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(rowLocator(ideaNumber)));
    }

    /** The idea's screening task: after the screening the same idea comes back for its assessment. */
    private By rowLocator(String ideaNumber) {
        return rowLocator(ideaNumber, SCREENING_TASK);
    }

    private By rowLocator(String ideaNumber, String taskName) {
        return By.xpath("//tbody[@id='tasks-form:tasks_data']/tr[.//span[normalize-space()='" + ideaNumber + "']]"
                + "[.//td[contains(normalize-space(), '" + taskName + "')]]");
    }
}
