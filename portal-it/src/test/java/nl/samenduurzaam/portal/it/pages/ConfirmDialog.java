package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.Optional;

/**
 * The layout's one dialog that asks to confirm an action that cannot be undone, as a person meets it: its question,
 * the button that has the focus, Escape and the two buttons.
 */
public final class ConfirmDialog {

    private static final By DIALOG = By.id("confirm-form:confirm");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private ConfirmDialog(WebDriver driver, WebDriverWait wait) {
        this.driver = driver;
        this.wait = wait;
    }

    /**
     * The dialog, when the last click opened it (it opens in the click, without a round trip to the server). Asked in
     * one script: a click that was not confirmed may be replacing the page meanwhile.
     */
    static Optional<ConfirmDialog> shown(WebDriver driver, WebDriverWait wait) {
        try {
            Object visible = ((JavascriptExecutor) driver).executeScript("var dialog = document.getElementById("
                    + "'confirm-form:confirm'); if (!dialog) { return false; } var style = getComputedStyle(dialog);"
                    + " return style.display !== 'none' && style.visibility !== 'hidden';");
            return Boolean.TRUE.equals(visible) ? Optional.of(new ConfirmDialog(driver, wait)) : Optional.empty();
        } catch (WebDriverException pageBeingReplaced) {
            return Optional.empty();
        }
    }

    /** The dialog that the last click must have opened. */
    static ConfirmDialog expected(WebDriver driver, WebDriverWait wait) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        return new ConfirmDialog(driver, wait);
    }

    private WebElement dialog() {
        return driver.findElement(DIALOG);
    }

    /** The dialog's heading, which screen readers announce as its name. */
    public String title() {
        WebElement dialog = dialog();
        String labelledBy = dialog.getAttribute("aria-labelledby");
        return driver.findElement(By.id(labelledBy)).getText();
    }

    public String role() {
        return dialog().getAttribute("role");
    }

    public String message() {
        return dialog().findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
    }

    /** The text of the element that has the keyboard focus now. */
    public String focusedText() {
        WebElement focused = driver.switchTo().activeElement();
        return focused.getText();
    }

    /** Whether the keyboard focus is inside the dialog. */
    public boolean hasFocus() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return arguments[0].contains(document.activeElement);", dialog()));
    }

    public String confirmLabel() {
        return driver.findElement(By.id("confirm-form:confirm-yes")).getText();
    }

    /** Escape closes the dialog and nothing happens. */
    public void dismissWithEscape() {
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }

    public void cancel() {
        driver.findElement(By.id("confirm-form:confirm-no")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }

    public void confirm() {
        driver.findElement(By.id("confirm-form:confirm-yes")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }
}
