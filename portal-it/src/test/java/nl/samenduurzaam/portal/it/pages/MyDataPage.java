package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Mijn gegevens": the download of one's data and the change of one's password. */
public class MyDataPage extends PortalPage {

    public MyDataPage(WebDriver driver) {
        super(driver);
    }

    public static MyDataPage openFromMenu(WebDriver driver) {
        MyDataPage page = new MyDataPage(driver);
        page.wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-form:my-data-link"))).click();
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-form:change-password")));
        return page;
    }

    /** Fills the three password fields and presses "Wachtwoord wijzigen"; waits for the form's answer. */
    public MyDataPage changePassword(String current, String chosen, String repeated) {
        WebElement form = driver.findElement(By.id("password-form"));
        type("password-form:current-password", current);
        type("password-form:new-password", chosen);
        type("password-form:repeat-password", repeated);
        driver.findElement(By.id("password-form:change-password")).click();
        wait.until(ExpectedConditions.stalenessOf(form.findElement(By.id("password-form:current-password"))));
        return this;
    }
}
