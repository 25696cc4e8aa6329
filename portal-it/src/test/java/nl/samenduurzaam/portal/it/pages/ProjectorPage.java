package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.List;

/** The projector in the room: the join link and QR code, the insights per theme with their dots, the shortlist. */
public class ProjectorPage extends PortalPage {

    ProjectorPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("projector-heading")));
    }

    public static ProjectorPage open(WebDriver driver, URL base, long session) {
        driver.get(base + "sessions/projector.xhtml?session=" + session);
        return new ProjectorPage(driver);
    }

    public String joinLink() {
        return driver.findElement(By.id("join-link")).getText();
    }

    /** What a screen reader says of the QR code. */
    public String joinCodeName() {
        WebElement code = driver.findElement(By.cssSelector(".projector-join svg.join-code"));
        return code.getAttribute("role") + ": " + code.getAttribute("aria-label");
    }

    /** The insights of a theme as shown: text and dots ("Zonnedaken op scholen 2 stippen"). */
    public List<String> insightsOf(String theme) {
        return driver.findElements(By.xpath("//section[contains(@class,'projector-theme')][h2[normalize-space()='"
                + theme + "']]//li")).stream().map(WebElement::getText).toList();
    }

    public List<String> shortlist() {
        return driver.findElements(By.cssSelector(".projector-shortlist-item")).stream().map(WebElement::getText)
                .toList();
    }

    public String status() {
        return driver.findElement(By.id("projector-status")).getText();
    }

    /** Waits until the theme shows the insight with these dots, without anyone reloading the page. */
    public ProjectorPage awaitInsight(String theme, String textAndDots) {
        wait.until(d -> insightsOf(theme).contains(textAndDots));
        return this;
    }

    public ProjectorPage awaitStatus(String expected) {
        wait.until(d -> status().equals(expected));
        return this;
    }
}
