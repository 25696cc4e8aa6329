package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The partner's page: submit an idea, see the organisation's ideas. */
public class MyIdeasPage extends PortalPage {

    private static final String IDEAS = "ideas-form:ideas";

    private static final Pattern IDEA_NUMBER = Pattern.compile("SD-\\d{4}-\\d{4,}");

    MyIdeasPage(WebDriver driver) {
        super(driver);
    }

    MyIdeasPage await() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("idea-form:title")));
        return this;
    }

    public MyIdeasPage fill(String title, String description, String themeLabel) {
        driver.findElement(By.id("idea-form:title")).sendKeys(title);
        driver.findElement(By.id("idea-form:description")).sendKeys(description);
        if (themeLabel != null) {
            new Select(driver.findElement(By.id("idea-form:theme"))).selectByVisibleText(themeLabel);
        }
        return this;
    }

    /** Submits and returns the idea number the portal reports. */
    public String submit() {
        driver.findElement(By.id("idea-form:submit")).click();
        Matcher number = IDEA_NUMBER.matcher(waitForMessage("SD-"));
        if (!number.find()) {
            throw new AssertionError("No idea number in the confirmation");
        }
        return number.group();
    }

    public void submitExpectingErrors() {
        driver.findElement(By.id("idea-form:submit")).click();
        wait.until(d -> !fieldMessages().isEmpty());
    }

    public String titleInput() {
        return driver.findElement(By.id("idea-form:title")).getAttribute("value");
    }

    public String descriptionInput() {
        return driver.findElement(By.id("idea-form:description")).getAttribute("value");
    }

    /** Types a description without sending it. */
    public MyIdeasPage typeDescription(String text) {
        WebElement field = driver.findElement(By.id("idea-form:description"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public String statusOf(String ideaNumber) {
        return rowOf(ideaNumber).findElement(By.cssSelector(".idea-status")).getText();
    }

    public String reasonOf(String ideaNumber) {
        return rowOf(ideaNumber).findElements(By.cssSelector(".idea-reason")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Where the idea is now, in the partner's words: the step, who holds the ball and by when. */
    public String stepOf(String ideaNumber) {
        return rowOf(ideaNumber).findElements(By.cssSelector(".idea-step")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Whether a task of the organisation about this idea is in the "tasks for your organisation" table. */
    public boolean hasOrganisationTaskFor(String ideaNumber) {
        return !driver.findElements(taskRow(ideaNumber)).isEmpty();
    }

    public MyIdeasPage openTask(String ideaNumber) {
        wait.until(ExpectedConditions.presenceOfElementLocated(taskRow(ideaNumber)))
                .findElement(By.xpath(".//button[contains(@id,':open')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("partner-task-heading")));
        return this;
    }

    /** Answers the municipality's question and returns the confirmation. */
    public String answer(String text) {
        driver.findElement(By.id("partner-task-form:answer")).sendKeys(text);
        driver.findElement(By.id("partner-task-form:send-answer")).click();
        return waitForMessage("verstuurd");
    }

    /** The idea the organisation is asked to own, as the form shows it beside the question. */
    public String proposedIdea() {
        return driver.findElements(By.cssSelector(".partner-proposed-idea")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Accepts the ownership offered to the organisation and returns the confirmation. */
    public String acceptOwnership() {
        driver.findElement(By.cssSelector("label[for='partner-task-form:ownership:0']")).click();
        driver.findElement(By.id("partner-task-form:send-ownership")).click();
        return waitForMessage("eigenaar");
    }

    private By taskRow(String ideaNumber) {
        return By.xpath("//tbody[@id='partner-tasks-form:partner-tasks_data']/tr[.//span[normalize-space()='"
                + ideaNumber + "']]");
    }

    /** Follows the idea's link to its page. */
    public IdeaPage openIdea(String ideaNumber) {
        rowOf(ideaNumber).findElement(By.cssSelector("a.idea-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".idea-context")));
        return new IdeaPage(driver);
    }

    /** Follows the organisation task's link to the idea's elaboration page. */
    public ElaborationPage openElaboration(String ideaNumber) {
        wait.until(ExpectedConditions.presenceOfElementLocated(taskRow(ideaNumber)))
                .findElement(By.cssSelector("a[id$=':elaboration-link']")).click();
        return new ElaborationPage(driver);
    }

    /** The similar ideas suggested while the title was typed, once they appear. */
    public List<String> duplicates() {
        wait.until(d -> !d.findElements(By.cssSelector(".idea-duplicate")).isEmpty());
        return driver.findElements(By.cssSelector(".idea-duplicate")).stream().map(WebElement::getText).toList();
    }

    /** The page of the organisation's ideas shown ("Pagina 2"); empty while they fit on one page. */
    public String pageShown() {
        return pageShownOf(IDEAS);
    }

    public MyIdeasPage nextPage() {
        assertTurned(turnPage(IDEAS, true));
        return this;
    }

    public boolean hasNextPage() {
        return canTurnPage(IDEAS, true);
    }

    public MyIdeasPage previousPage() {
        assertTurned(turnPage(IDEAS, false));
        return this;
    }

    /** The idea numbers on the page shown, top to bottom. */
    public List<String> ideaNumbersShown() {
        return driver.findElements(By.cssSelector("[id='ideas-form:ideas_data'] .idea-number")).stream()
                .map(WebElement::getText).toList();
    }

    private static void assertTurned(boolean turned) {
        if (!turned) {
            throw new AssertionError("The list of ideas has no such page");
        }
    }

    /**
     * The idea's row, paging on while it is not on the page shown: the list holds 20 ideas a page, newest first,
     * and other tests' ideas may push an older one to a later page.
     */
    private WebElement rowOf(String ideaNumber) {
        By row = By.xpath("//tbody[@id='ideas-form:ideas_data']/tr[.//span[normalize-space()='" + ideaNumber + "']]");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ideas-form:ideas_data")));
        while (driver.findElements(row).isEmpty() && turnPage(IDEAS, true)) {
            // on to the next page
        }
        return wait.until(ExpectedConditions.presenceOfElementLocated(row));
    }
}
