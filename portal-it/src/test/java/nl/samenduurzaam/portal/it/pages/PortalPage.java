package nl.samenduurzaam.portal.it.pages;

import nl.samenduurzaam.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

/** What every page of the portal has: the menu, messages, and waiting for AJAX updates. */
public abstract class PortalPage {

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    protected PortalPage(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitFor(driver);
    }

    public void logout() {
        driver.findElement(By.id("nav-form:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-form:login-link")));
    }

    /** The text of the messages shown, waiting until one contains the expected text. */
    public String waitForMessage(String expected) {
        By messages = By.cssSelector(".portal-messages");
        try {
            wait.until(d -> d.findElements(messages).stream().anyMatch(m -> m.getText().contains(expected)));
        } catch (TimeoutException missing) {
            // what the page said instead, and how it looked, so that the failure explains itself
            String shown = driver.findElements(messages).stream().map(WebElement::getText).toList() + " "
                    + fieldMessages();
            Browser.screenshot(driver, "missing-message-" + System.nanoTime());
            throw new AssertionError("No message containing '" + expected + "' on " + driver.getCurrentUrl()
                    + "; shown: " + shown, missing);
        }
        return driver.findElements(messages).stream().map(WebElement::getText)
                .filter(text -> text.contains(expected)).findFirst().orElseThrow();
    }

    public List<String> fieldMessages() {
        return driver.findElements(By.cssSelector(".ui-message-error")).stream().map(WebElement::getText).toList();
    }

    /** The error messages standing beside one field (in the field's block of the form), as the person reads them. */
    public List<String> messagesBeside(String fieldId) {
        return driver.findElements(By.xpath("//*[@id='" + fieldId + "']/ancestor::*[contains(@class,'portal-field')][1]"
                + "//*[contains(concat(' ', normalize-space(@class), ' '), ' ui-message-error ')]")).stream()
                .map(WebElement::getText).toList();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }
}
