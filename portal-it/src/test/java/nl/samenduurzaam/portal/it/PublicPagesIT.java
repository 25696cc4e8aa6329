package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.demo.DemoData;
import nl.samenduurzaam.portal.it.pages.AccessibilityStatementPage;
import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.support.Accessibility;
import nl.samenduurzaam.portal.it.support.Browser;
import nl.samenduurzaam.portal.it.support.BrowserPerClass;
import nl.samenduurzaam.portal.it.support.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an anonymous visitor can do: read the programme and its published ideas, the accessibility statement, and ask
 * for a password reset.
 */
@ExtendWith({ArquillianExtension.class, BrowserPerClass.class})
@RunAsClient
class PublicPagesIT {

    @ArquillianResource
    private URL base;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void waitThroughAjaxUpdates() {
        wait = Browser.waitFor(driver);
    }

    @Test
    void visitorReadsThePublishedIdeasWithTheirStatusWithoutLoggingIn() {
        driver.get(base.toString());
        List<WebElement> ideas = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector(".published-idea")));
        assertThat(ideas).extracting(WebElement::getText)
                .anyMatch(text -> text.contains("Zonnedaken op alle scholen") && text.contains("In realisatie"))
                .anyMatch(text -> text.contains("Energiecoach in elke wijk") && text.contains("Afgerond"));
        // a published idea shows no people: no account names, only organisations
        assertThat(driver.findElement(By.id("published-heading")).getText()).isEqualTo("Gepubliceerde ideeën");
        assertThat(driver.getPageSource()).doesNotContain("programmamanager");
        Browser.screenshot(driver, "30-visitor-public-page");
        Accessibility.check(driver, "30-visitor-public-page");

        AccessibilityStatementPage statement = AccessibilityStatementPage.follow(driver);
        assertThat(statement.heading()).isEqualTo("Toegankelijkheidsverklaring");
        assertThat(statement.text()).contains("WCAG 2.1").contains("axe-core").contains("Nu HTML Checker");
        Accessibility.check(driver, "31-visitor-accessibility-statement");
        try {
            statement.switchLanguage("en");
            assertThat(statement.heading()).isEqualTo("Accessibility statement");
            assertThat(statement.text()).contains("Nu HTML Checker");
            Accessibility.check(driver, "31-visitor-accessibility-statement-en");
        } finally {
            statement.switchLanguage("nl");
        }
    }

    @Test
    void visitorAsksForAPasswordResetAndLearnsNothingAboutWhichAccountsExist() {
        driver.get(base + "login.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("forgot-password"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reset-form:identifier")));

        driver.findElement(By.id("reset-form:submit")).click();
        wait.until(d -> d.findElements(By.cssSelector(".ui-message-error")).stream()
                .anyMatch(message -> message.getText().contains("gebruikersnaam of e-mailadres")));
        Browser.screenshot(driver, "32-visitor-password-reset-required");
        Accessibility.check(driver, "32-visitor-password-reset-required");

        String known = request("partner");
        String unknown = request("iemand-die-er-niet-is@example.org");
        assertThat(known).contains("Uw aanvraag is ontvangen").isEqualTo(unknown);
        Accessibility.check(driver, "33-visitor-password-reset-requested");
    }

    @Test
    void aVisitorWhoAskedForAProtectedPageLandsOnItAfterLoggingIn() {
        driver.get(base + "sessions/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form:username")));
        assertThat(driver.getCurrentUrl()).endsWith("login.xhtml");

        new LoginPage(driver).submit("partner", DemoData.PASSWORD);

        wait.until(ExpectedConditions.urlContains("sessions/index.xhtml"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText())
                .isEqualTo("Verdiepingssessies");
    }

    @Test
    void anExpiredPageComesBackWithAMessageInsteadOfAnError() {
        driver.get(base + "login.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form:username")));
        // the server no longer knows the page's state, as after a long pause
        driver.manage().deleteAllCookies();
        driver.findElement(By.id("login-form:username")).sendKeys("partner");
        driver.findElement(By.id("login-form:password")).sendKeys("wrong");
        driver.findElement(By.id("login-form:submit")).click();

        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("view-expired"))).getText())
                .contains("verlopen");
        assertThat(driver.getCurrentUrl()).endsWith("login.xhtml");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Exception", "\tat ");
        Accessibility.check(driver, "40-visitor-page-expired");
    }

    @Test
    void theKeyboardAloneReachesTheContentAndLogsIn() {
        driver.get(base + "login.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form:username")));
        WebElement body = driver.findElement(By.tagName("body"));

        // the first Tab lands on the skip link, visible when focused; Enter moves the focus to the content
        body.sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat(skip.isDisplayed()).isTrue();
        skip.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

        // from the content, Tab reaches the username field, then the password; Enter submits
        WebElement active = driver.switchTo().activeElement();
        for (int i = 0; i < 10 && !"login-form:username".equals(active.getAttribute("id")); i++) {
            active.sendKeys(Keys.TAB);
            active = driver.switchTo().activeElement();
        }
        assertThat(active.getAttribute("id")).isEqualTo("login-form:username");
        active.sendKeys(Users.PARTNER, Keys.TAB);
        driver.switchTo().activeElement().sendKeys(DemoData.PASSWORD, Keys.ENTER);
        // the login page's own heading may be read while the browser leaves it: wait for the next page's
        assertThat(wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ideeën van mijn organisatie"))).isTrue();
    }

    @Test
    void anInjectedInlineScriptIsBlockedAndTheChecksSeeIt() {
        driver.get(base.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("published-heading")));
        Browser.blockedScripts(driver);

        // what an attacker's injected markup would do: an inline script without the page's nonce
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("const s = document.createElement('script');"
                + "s.textContent = 'document.body.dataset.injected = \"ran\"'; document.body.appendChild(s);");

        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-injected")).isNull();
        wait.until(d -> !Browser.blockedScripts(d).isEmpty());
    }

    private String request(String identifier) {
        WebElement field = driver.findElement(By.id("reset-form:identifier"));
        field.clear();
        field.sendKeys(identifier);
        WebElement form = driver.findElement(By.id("reset-form"));
        driver.findElement(By.id("reset-form:submit")).click();
        wait.until(ExpectedConditions.stalenessOf(form));
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".portal-messages")))
                .getText();
    }
}
