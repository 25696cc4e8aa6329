package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.List;

/** A participant's session room on a phone: the dots left, adding an insight, and a dot per insight. */
public class RoomPage extends PortalPage {

    RoomPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("room-heading")));
    }

    /** Follows the short link of the projector; a person not logged in logs in first and lands in the room. */
    public static LoginPage followShortLink(WebDriver driver, URL base, long session) {
        driver.get(base + "r/" + session);
        LoginPage login = new LoginPage(driver);
        login.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form:username")));
        return login;
    }

    public static RoomPage afterLogin(LoginPage login, String username, String password) {
        login.submit(username, password);
        return new RoomPage(login.driver);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String dots() {
        return driver.findElement(By.id("room-dots")).getText();
    }

    /** Waits (as a person looking at the phone would) until the dots line says this. */
    public RoomPage awaitDots(String expected) {
        wait.until(d -> d.findElement(By.id("room-dots")).getText().equals(expected));
        return this;
    }

    public RoomPage addInsight(String text) {
        WebElement field = driver.findElement(By.id("add-form:text"));
        field.clear();
        field.sendKeys(text);
        driver.findElement(By.id("add-form:add")).click();
        waitForMessage("Uw inzicht staat op het bord.");
        return this;
    }

    public List<String> insights() {
        return driver.findElements(By.cssSelector(".room-line .voting-text")).stream().map(WebElement::getText)
                .toList();
    }

    /** Waits until the insight shows, without the participant doing anything. */
    public RoomPage awaitInsight(String text) {
        wait.until(d -> insights().contains(text));
        return this;
    }

    /** Puts a dot on the insight and waits until the dots line says so. */
    public RoomPage giveDot(String insight, String dotsAfter) {
        line(insight).findElement(By.cssSelector("button[id$=':cast']")).click();
        return awaitDots(dotsAfter);
    }

    public String myDotsOn(String insight) {
        return line(insight).findElement(By.cssSelector(".voting-mine")).getText();
    }

    private WebElement line(String insight) {
        return wait.until(d -> d.findElements(By.cssSelector(".room-line")).stream()
                .filter(line -> line.findElement(By.cssSelector(".voting-text")).getText().equals(insight))
                .findFirst().orElse(null));
    }
}
