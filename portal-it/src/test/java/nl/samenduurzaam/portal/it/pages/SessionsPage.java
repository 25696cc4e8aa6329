package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
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
}
