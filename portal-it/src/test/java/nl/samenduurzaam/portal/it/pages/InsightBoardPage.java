package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** The facilitator's insight board of a session. */
public class InsightBoardPage extends PortalPage {

    InsightBoardPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board-heading")));
    }

    /** The board of a session by its address, as the facilitator's bookmark would open it. */
    public static InsightBoardPage open(WebDriver driver, java.net.URL base, long session) {
        driver.get(base + "sessions/board.xhtml?session=" + session);
        return new InsightBoardPage(driver);
    }

    public String status() {
        return driver.findElement(By.id("session-status")).getText();
    }

    /** Presses one of the session buttons (open-registration, start, close-session) and waits for the new status. */
    public InsightBoardPage moveSession(String buttonId) {
        String before = status();
        pressConfirming(By.id("board-form:" + buttonId));
        wait.until(d -> !status().equals(before));
        return this;
    }

    public InsightBoardPage capture(String text) {
        int before = cardTexts().size();
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id("capture-form:text")));
        field.clear();
        field.sendKeys(text);
        driver.findElement(By.id("capture-form:capture")).click();
        wait.until(d -> cardTexts().size() == before + 1);
        return this;
    }

    public String captureExpectingError(String expected) {
        driver.findElement(By.id("capture-form:text")).clear();
        driver.findElement(By.id("capture-form:capture")).click();
        wait.until(d -> fieldMessages().stream().anyMatch(text -> text.contains(expected)));
        return fieldMessages().stream().filter(text -> text.contains(expected)).findFirst().orElseThrow();
    }

    public InsightBoardPage createCluster(String name) {
        driver.findElement(By.id("cluster-form:cluster-name")).sendKeys(name);
        driver.findElement(By.id("cluster-form:create-cluster")).click();
        waitForMessage(name);
        return this;
    }

    /** Moves the card whose text starts with this into the cluster. */
    public InsightBoardPage moveToCluster(String insightStart, String cluster) {
        WebElement card = card(insightStart);
        new Select(card.findElement(By.cssSelector("select[id$=':target']"))).selectByVisibleText(cluster);
        card.findElement(By.cssSelector("button[id$=':move']")).click();
        wait.until(d -> clusterTexts(cluster).stream().anyMatch(text -> text.startsWith(insightStart)));
        return this;
    }

    public List<String> clusterTexts(String cluster) {
        return driver.findElements(By.xpath("//section[contains(@class,'board-cluster')][.//h2[starts-with("
                        + "normalize-space(), '" + cluster + "')]]//p[contains(@class,'board-card-text')]")).stream()
                .map(WebElement::getText).toList();
    }

    public InsightBoardPage openVoting(int dots) {
        WebElement field = driver.findElement(By.id("voting-form:dots"));
        field.clear();
        field.sendKeys(String.valueOf(dots));
        driver.findElement(By.id("voting-form:open-voting")).click();
        waitForMessage("stemming is open");
        return this;
    }

    public InsightBoardPage refreshVoting() {
        WebElement columns = driver.findElement(By.id("board-columns"));
        driver.findElement(By.id("voting-form:refresh-voting")).click();
        wait.until(ExpectedConditions.stalenessOf(columns));
        return this;
    }

    public InsightBoardPage closeVoting() {
        pressConfirming(By.id("voting-form:close-voting"));
        waitForMessage("gesloten");
        return this;
    }

    /** Presses "Sessie afsluiten", which must ask for confirmation first. */
    public ConfirmDialog closeSessionAsked() {
        return pressExpectingConfirmation(By.id("board-form:close-session"));
    }

    public ConfirmDialog closeVotingAsked() {
        return pressExpectingConfirmation(By.id("voting-form:close-voting"));
    }

    /** Waits until the status shown is this one (after a confirmed action). */
    public InsightBoardPage awaitStatus(String expected) {
        wait.until(d -> status().equals(expected));
        return this;
    }

    public boolean votingOpen() {
        return !driver.findElements(By.id("voting-open-notice")).isEmpty();
    }

    /** Waits until the shortlist shows an insight that starts so, without the facilitator refreshing. */
    public InsightBoardPage awaitShortlist(String insightStart) {
        wait.until(d -> shortlist().stream().anyMatch(item -> item.startsWith(insightStart)));
        return this;
    }

    public List<String> shortlist() {
        return driver.findElements(By.cssSelector(".board-shortlist-item")).stream().map(WebElement::getText)
                .toList();
    }

    public InsightBoardPage choose(String insightStart) {
        String before = driver.findElement(By.id("convert-form:chosen")).getText();
        // the room's push after closing the vote may redraw the cards while this one is found: found again then
        wait.until(d -> {
            card(insightStart).findElement(By.cssSelector("input[type=checkbox]")).click();
            return true;
        });
        wait.until(d -> !d.findElement(By.id("convert-form:chosen")).getText().equals(before));
        return this;
    }

    public String convert(String title, String description, String organisationStart) {
        driver.findElement(By.id("convert-form:title")).sendKeys(title);
        driver.findElement(By.id("convert-form:description")).sendKeys(description);
        new Select(driver.findElement(By.id("convert-form:organisation"))).getOptions().stream()
                .filter(option -> option.getText().startsWith(organisationStart)).findFirst().orElseThrow().click();
        driver.findElement(By.id("convert-form:convert")).click();
        return waitForMessage("is gemaakt uit");
    }

    private List<String> cardTexts() {
        return driver.findElements(By.cssSelector(".board-card-text")).stream().map(WebElement::getText).toList();
    }

    private WebElement card(String insightStart) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//li[contains(@class,'board-card')][.//p[contains(@class,'board-card-text')][starts-with("
                        + "normalize-space(), '" + insightStart + "')]]")));
    }
}
