package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Forgot your password": asks for a link by username or address. */
public class PasswordResetPage extends PortalPage {

    public PasswordResetPage(WebDriver driver) {
        super(driver);
    }

    PasswordResetPage await() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reset-form:identifier")));
        return this;
    }

    /** Asks for the link; returns the message the page answers with. */
    public String request(String identifier) {
        type("reset-form:identifier", identifier);
        driver.findElement(By.id("reset-form:submit")).click();
        return waitForMessage("Uw aanvraag is ontvangen");
    }
}
