package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** The owner's elaboration page: plan, milestones, handing in, progress and completion. */
public class ElaborationPage extends PortalPage {

    ElaborationPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("elaboration-heading")));
    }

    public ElaborationPage writePlan(String goal, String approach, String budget) {
        type("plan-form:goal", goal);
        type("plan-form:approach", approach);
        type("plan-form:budget", budget);
        driver.findElement(By.id("plan-form:save-plan")).click();
        waitForMessage("bewaard");
        return this;
    }

    public String addMilestoneExpectingError(String title, String isoDate, String expected) {
        fillMilestone(title, isoDate);
        wait.until(d -> fieldMessages().stream().anyMatch(text -> text.contains(expected)));
        return fieldMessages().stream().filter(text -> text.contains(expected)).findFirst().orElseThrow();
    }

    public ElaborationPage addMilestone(String title, String isoDate) {
        int before = milestones().size();
        fillMilestone(title, isoDate);
        wait.until(d -> milestones().size() > before);
        waitForMessage("toegevoegd");
        return this;
    }

    /** Changes the milestone whose text starts so: its title and date, in the form it is put into. */
    public ElaborationPage changeMilestone(String titleStart, String newTitle, String isoDate) {
        milestone(titleStart).findElement(By.cssSelector("button[id$=':edit-milestone']")).click();
        wait.until(d -> d.findElement(By.id("milestone-form:milestone-title")).getAttribute("value")
                .startsWith(titleStart));
        fillMilestone(newTitle, isoDate);
        waitForMessage("gewijzigd");
        wait.until(d -> milestones().stream().anyMatch(text -> text.startsWith(newTitle)));
        return this;
    }

    public ElaborationPage removeMilestone(String titleStart) {
        int before = milestones().size();
        milestone(titleStart).findElement(By.cssSelector("button[id$=':remove-milestone']")).click();
        wait.until(d -> milestones().size() == before - 1);
        waitForMessage("verwijderd");
        return this;
    }

    private WebElement milestone(String titleStart) {
        return driver.findElements(By.cssSelector(".elaboration-milestone")).stream()
                .filter(item -> item.getText().startsWith(titleStart)).findFirst().orElseThrow();
    }

    public List<String> milestones() {
        return driver.findElements(By.cssSelector(".elaboration-milestone-text")).stream()
                .map(WebElement::getText).toList();
    }

    public String submitForReview(String expectedMessage) {
        driver.findElement(By.id("submit-form:submit-review")).click();
        return waitForMessage(expectedMessage);
    }

    /** The municipality's approved role as the elaboration page shows it; empty before one is approved. */
    public String municipalRole() {
        return driver.findElements(By.cssSelector(".idea-municipal-role")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    public String elaborationStatus() {
        return driver.findElement(By.cssSelector(".elaboration-status")).getText();
    }

    /** Reports progress on one milestone: the percentage is that milestone's. */
    public ElaborationPage reportProgressOn(String milestone, String percentage, String text) {
        new Select(driver.findElement(By.id("progress-form:progress-milestone"))).selectByVisibleText(milestone);
        return submitProgress(percentage, text);
    }

    /** The progress reports, as the page lists them. */
    public List<String> progressLog() {
        return driver.findElements(By.cssSelector(".elaboration-progress li")).stream().map(WebElement::getText)
                .toList();
    }

    /** Reports progress of the whole, on no milestone. */
    public ElaborationPage reportProgress(String percentage, String text) {
        new Select(driver.findElement(By.id("progress-form:progress-milestone"))).selectByIndex(0);
        return submitProgress(percentage, text);
    }

    private ElaborationPage submitProgress(String percentage, String text) {
        type("progress-form:percentage", percentage);
        type("progress-form:progress-text", text);
        // the report is on the page once the list has grown: an earlier report's message may still stand
        int before = progressLog().size();
        driver.findElement(By.id("progress-form:report-progress")).click();
        wait.until(d -> progressLog().size() > before);
        waitForMessage("gemeld");
        return this;
    }

    public String reportCompletionExpectingError(String summary, String expected) {
        type("completion-form:summary", summary);
        driver.findElement(By.id("completion-form:report-completion")).click();
        wait.until(d -> fieldMessages().stream().anyMatch(text -> text.contains(expected)));
        return fieldMessages().stream().filter(text -> text.contains(expected)).findFirst().orElseThrow();
    }

    public String reportCompletion(String summary) {
        type("completion-form:summary", summary);
        driver.findElement(By.id("completion-form:report-completion")).click();
        return waitForMessage("afronding");
    }

    private void fillMilestone(String title, String isoDate) {
        type("milestone-form:milestone-title", title);
        WebElement date = driver.findElement(By.id("milestone-form:milestone-date"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", date, isoDate);
        driver.findElement(By.id("milestone-form:add-milestone")).click();
    }
}
