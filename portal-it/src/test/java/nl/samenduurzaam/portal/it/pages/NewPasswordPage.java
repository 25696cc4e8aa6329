package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;

/** The page a reset or invitation mail links to: a password chosen without logging in. */
public class NewPasswordPage extends PortalPage {

    public NewPasswordPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the link of a mail (its path and query) on the test server. */
    public static NewPasswordPage follow(WebDriver driver, URL base, String linkPath) {
        driver.get(base + linkPath.substring(1));
        NewPasswordPage page = new NewPasswordPage(driver);
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return page;
    }

    public boolean showsTheForm() {
        return !driver.findElements(By.id("new-password-form:new-password")).isEmpty();
    }

    /** Types into the new password's field (what was there is replaced); answers the hint beside it. */
    public String hintAfterTyping(String password) {
        type("new-password-form:new-password", password);
        By hint = By.id("new-password-hint");
        wait.until(d -> !d.findElement(hint).getText().isBlank());
        return driver.findElement(hint).getText();
    }

    /** Types the password twice and sets it; the page answers in its messages. */
    public NewPasswordPage choose(String password) {
        type("new-password-form:new-password", password);
        type("new-password-form:repeat-password", password);
        WebElement field = driver.findElement(By.id("new-password-form:new-password"));
        driver.findElement(By.id("new-password-form:set-password")).click();
        // the answer redraws the form: what was on the page before it is gone
        wait.until(ExpectedConditions.stalenessOf(field));
        return this;
    }
}
