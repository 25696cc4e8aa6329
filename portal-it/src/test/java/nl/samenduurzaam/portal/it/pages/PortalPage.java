package nl.samenduurzaam.portal.it.pages;

import nl.samenduurzaam.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
            // read inside the wait: an AJAX update may replace the message between finding and reading it
            return wait.until(d -> d.findElements(messages).stream().map(WebElement::getText)
                    .filter(text -> text.contains(expected)).findFirst().orElse(null));
        } catch (TimeoutException missing) {
            // what the page said instead, and how it looked, so that the failure explains itself
            String shown = driver.findElements(messages).stream().map(WebElement::getText).toList() + " "
                    + fieldMessages();
            Browser.screenshot(driver, "missing-message-" + System.nanoTime());
            throw new AssertionError("No message containing '" + expected + "' on " + driver.getCurrentUrl()
                    + "; shown: " + shown, missing);
        }
    }

    /**
     * Presses a button; where the portal asks to confirm an action that cannot be undone, confirms it, as the person
     * who chose that action would.
     */
    protected void pressConfirming(By button) {
        driver.findElement(button).click();
        ConfirmDialog.shown(driver, wait).ifPresent(ConfirmDialog::confirm);
    }

    /** Presses a button that must ask for confirmation first, and answers the dialog that asks. */
    public ConfirmDialog pressExpectingConfirmation(By button) {
        driver.findElement(button).click();
        return ConfirmDialog.expected(driver, wait);
    }

    /**
     * Chooses the outcome at this position of a form's radio group. The choice is sent at once (the form's button
     * asks for confirmation when the outcome ends the idea): waits until the button came back.
     */
    protected void chooseOption(String form, int option) {
        if (driver.findElement(By.id(form + ":decision:" + option)).isSelected()) {
            return;
        }
        WebElement button = driver.findElement(By.id(form + ":complete"));
        driver.findElement(By.cssSelector("label[for='" + form + ":decision:" + option + "']")).click();
        wait.until(ExpectedConditions.stalenessOf(button));
    }

    /** The id of the element that has the keyboard focus. */
    public String focusedElement() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Marks the page, so that a later check can tell it was updated in place and not loaded again. */
    public void markLoaded() {
        ((JavascriptExecutor) driver).executeScript("window.loadedOnce = true;");
    }

    public boolean stillTheSameLoad() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.loadedOnce === true;"));
    }

    /** Whether the last click asked for confirmation. */
    public boolean confirmationAsked() {
        return ConfirmDialog.shown(driver, wait).isPresent();
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

    /** Switches the portal's language ("nl" or "en") with the link in the header and waits for the page in it. */
    public void switchLanguage(String language) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("nav-form:language-" + language)).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /** Waits until the keyboard's focus is on the field with this client id. */
    public PortalPage awaitFocusOn(String fieldId) {
        wait.until(d -> fieldId.equals(d.switchTo().activeElement().getAttribute("id")));
        return this;
    }

    /** Whether the field tells assistive technology that its input was refused. */
    public boolean isInvalid(String fieldId) {
        return "true".equals(driver.findElement(By.id(fieldId)).getAttribute("aria-invalid"));
    }

    /** The page a paged list's paginator shows ("Pagina 2"); empty while the whole list fits on one page. */
    protected String pageShownOf(String listId) {
        return driver.findElements(By.cssSelector(paginatorOf(listId) + " .ui-paginator-current")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse("");
    }

    /** Turns a paged list to its next or previous page and waits for its rows; false when there is no such page. */
    protected boolean turnPage(String listId, boolean forward) {
        List<WebElement> button = pageButtons(listId, forward);
        if (button.isEmpty()) {
            return false;
        }
        // a table's rows, or a data view's items: replaced when the page arrives
        WebElement firstRow = driver.findElement(By.cssSelector("[id='" + listId + "_data'] > tr, [id='" + listId
                + "_content'] li"));
        button.get(0).click();
        wait.until(ExpectedConditions.stalenessOf(firstRow));
        return true;
    }

    /** Whether a paged list offers a next (or previous) page: its button is shown and enabled. */
    protected boolean canTurnPage(String listId, boolean forward) {
        return !pageButtons(listId, forward).isEmpty();
    }

    /** What a screen reader announces for a paged list's next (or previous) page button. */
    protected String pageButtonLabel(String listId, boolean forward) {
        return driver.findElement(By.cssSelector(paginatorOf(listId)
                + (forward ? " .ui-paginator-next" : " .ui-paginator-prev"))).getAttribute("aria-label");
    }

    private List<WebElement> pageButtons(String listId, boolean forward) {
        return driver.findElements(By.cssSelector(paginatorOf(listId)
                        + (forward ? " .ui-paginator-next" : " .ui-paginator-prev") + ":not(.ui-state-disabled)"))
                .stream().filter(WebElement::isDisplayed).toList();
    }

    private static String paginatorOf(String listId) {
        return "[id='" + listId + "_paginator_bottom']";
    }

    /** Types into the field with this client id once it can be used, replacing what it held. */
    protected void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Whether the page is wider than the window, so that the reader has to scroll sideways (WCAG 1.4.10). */
    public boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }
}
