package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The civil servant's task list with the screening form. */
public class TaskListPage extends PortalPage {

    private static final String SCREENING_TASK = "Idee screenen";
    private static final String OWNER_TASK = "Eigenaar voorstellen";

    TaskListPage(WebDriver driver) {
        super(driver);
    }

    TaskListPage await() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks-form:tasks")));
        return this;
    }

    public boolean hasTaskFor(String ideaNumber) {
        return !driver.findElements(rowLocator(ideaNumber)).isEmpty();
    }

    public boolean hasTask(String ideaNumber, String taskName) {
        return !driver.findElements(rowLocator(ideaNumber, taskName)).isEmpty();
    }

    public TaskListPage claim(String ideaNumber) {
        row(ideaNumber).findElement(By.xpath(".//button[contains(@id,':claim')]")).click();
        wait.until(d -> !row(ideaNumber).findElements(By.xpath(".//button[contains(@id,':open')]")).isEmpty());
        return this;
    }

    public TaskListPage open(String ideaNumber) {
        row(ideaNumber).findElement(By.xpath(".//button[contains(@id,':open')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screening-form:decision")));
        return this;
    }

    /** Chooses a decision by its position: 0 shortlist, 1 clarify, 2 not pursued. */
    public TaskListPage decide(int option, String reason) {
        driver.findElement(By.cssSelector("label[for='screening-form:decision:" + option + "']")).click();
        if (reason != null) {
            driver.findElement(By.id("screening-form:reason")).sendKeys(reason);
        }
        return this;
    }

    public String complete(String expectedMessage) {
        driver.findElement(By.id("screening-form:complete")).click();
        return waitForMessage(expectedMessage);
    }

    /** Completes and waits for a message next to a field of the form. */
    public String completeExpectingFieldError(String expected) {
        return completeExpectingFieldError(expected, "screening-form");
    }

    public String completeExpectingFieldError(String expected, String form) {
        driver.findElement(By.id(form + ":complete")).click();
        wait.until(d -> fieldMessages().stream().anyMatch(message -> message.contains(expected)));
        return fieldMessages().stream().filter(message -> message.contains(expected)).findFirst().orElseThrow();
    }

    /** The number of the first idea whose task of this name is in the list. */
    public String firstIdeaWith(String taskName) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//tbody[@id='tasks-form:tasks_data']/tr[.//td[contains(normalize-space(), '" + taskName
                                + "')]]//span[contains(@class,'task-idea-number')]")))
                .getText();
    }

    /** Claims and opens the owner proposal of the idea, and proposes the organisation whose name contains this. */
    public String proposeOwner(String ideaNumber, String organisationName) {
        claimAndOpen(ideaNumber, OWNER_TASK, "owner-form:owner");
        Select owner = new Select(driver.findElement(By.id("owner-form:owner")));
        owner.getOptions().stream().filter(option -> option.getText().contains(organisationName)).findFirst()
                .orElseThrow().click();
        driver.findElement(By.id("owner-form:complete")).click();
        return waitForMessage("voorgesteld");
    }

    /** Claims and opens a decision task of the idea and chooses the decision at this position, with a reason. */
    public TaskListPage decideTask(String ideaNumber, String taskName, int option, String reason) {
        claimAndOpen(ideaNumber, taskName, "decision-form:decision");
        driver.findElement(By.cssSelector("label[for='decision-form:decision:" + option + "']")).click();
        if (reason != null) {
            driver.findElement(By.id("decision-form:reason")).sendKeys(reason);
        }
        return this;
    }

    public String completeDecision() {
        driver.findElement(By.id("decision-form:complete")).click();
        return waitForMessage("vastgelegd");
    }

    private void claimAndOpen(String ideaNumber, String taskName, String formFieldId) {
        By row = rowLocator(ideaNumber, taskName);
        wait.until(ExpectedConditions.presenceOfElementLocated(row))
                .findElement(By.xpath(".//button[contains(@id,':claim')]")).click();
        wait.until(d -> !d.findElement(row).findElements(By.xpath(".//button[contains(@id,':open')]")).isEmpty());
        driver.findElement(row).findElement(By.xpath(".//button[contains(@id,':open')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(formFieldId)));
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
