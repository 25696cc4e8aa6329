package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** The sessions page: the list and one session's programme, registrations, insights and ideas. */
public class SessionsPage extends PortalPage {

    SessionsPage(WebDriver driver) {
        super(driver);
    }

    public static SessionsPage openFromMenu(WebDriver driver) {
        driver.findElement(By.id("nav-form:sessions-link")).click();
        SessionsPage page = new SessionsPage(driver);
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sessions-form:sessions")));
        return page;
    }

    public SessionsPage open(String titleStart) {
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='sessions-form:sessions_data']/tr[.//span[starts-with(normalize-space(), '"
                        + titleStart + "')]]")));
        row.findElement(By.xpath(".//button[contains(@id,':open')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-heading")));
        return this;
    }

    public String detailText() {
        return driver.findElement(By.id("session-detail")).getText();
    }

    public List<String> agendaLocations() {
        return driver.findElements(By.cssSelector("#session-detail h4")).stream().map(WebElement::getText).toList();
    }

    public int ideaRows() {
        return driver.findElements(By.cssSelector("#ideas_data tr .idea-number")).size();
    }

    public boolean isRegistered() {
        return !driver.findElements(By.id("registration-form:unregister")).isEmpty();
    }

    public void register() {
        driver.findElement(By.id("registration-form:register")).click();
        wait.until(d -> isRegistered());
    }

    public void unregister() {
        driver.findElement(By.id("registration-form:unregister")).click();
        wait.until(d -> !d.findElements(By.id("registration-form:register")).isEmpty());
    }

    /** The facilitator adds a line to the session's minutes and saves them. */
    public String addToMinutes(String line) {
        WebElement minutes = driver.findElement(By.id("minutes-form:minutes"));
        minutes.sendKeys(org.openqa.selenium.Keys.END, "\n" + line);
        driver.findElement(By.id("minutes-form:save-minutes")).click();
        return waitForMessage("verslag is bewaard");
    }

    /** Opens the facilitator's insight board of the session shown. */
    public InsightBoardPage openBoard() {
        driver.findElement(By.cssSelector("a[id$='board-link']")).click();
        return new InsightBoardPage(driver);
    }

    /** Gives the insight whose text starts with this one dot; returns the dots-left line. */
    public String giveDot(String insightStart) {
        String before = dotsLeft();
        voteLine(insightStart).findElement(By.xpath(".//button[contains(@id,':cast')]")).click();
        wait.until(d -> !dotsLeft().equals(before));
        return dotsLeft();
    }

    public boolean canGiveDotTo(String insightStart) {
        return !voteLine(insightStart).findElements(By.xpath(".//button[contains(@id,':cast')]")).isEmpty();
    }

    public String dotsLeft() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dots-left"))).getText();
    }

    private WebElement voteLine(String insightStart) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//li[contains(@class,'voting-line')][.//span[contains(@class,'voting-text')][starts-with("
                        + "normalize-space(), '" + insightStart + "')]]")));
    }
}
