package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public accessibility statement, reached from every page's footer. */
public final class AccessibilityStatementPage extends PortalPage {

    private AccessibilityStatementPage(WebDriver driver) {
        super(driver);
    }

    /** Follows the footer's link from the page the browser shows. */
    public static AccessibilityStatementPage follow(WebDriver driver) {
        driver.findElement(By.id("accessibility-link")).click();
        AccessibilityStatementPage page = new AccessibilityStatementPage(driver);
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return page;
    }

    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
