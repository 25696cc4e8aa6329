package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.support.Accessibility;
import nl.samenduurzaam.portal.it.support.Browser;
import nl.samenduurzaam.portal.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an anonymous visitor can do: read the programme and its published ideas, the accessibility statement, and ask
 * for a password reset.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @ArquillianResource
    private URL base;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void visitorReadsThePublishedIdeasWithTheirStatusWithoutLoggingIn() {
        driver.get(base.toString());
        List<WebElement> ideas = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector(".published-idea")));
        assertThat(ideas).extracting(WebElement::getText)
                // being realised, or completed once the completion journey has run
                .anyMatch(text -> text.contains("Zonnedaken op alle scholen")
                        && text.matches("(?s).*(In realisatie|Afgerond).*"))
                .anyMatch(text -> text.contains("Energiecoach in elke wijk") && text.contains("Afgerond"));
        // a published idea shows no people: no account names, only organisations
        assertThat(driver.findElement(By.id("published-heading")).getText()).isEqualTo("Gepubliceerde ideeën");
        assertThat(driver.getPageSource()).doesNotContain("programmamanager");
        Browser.screenshot(driver, "30-visitor-public-page");
        Accessibility.check(driver, "30-visitor-public-page");

        driver.findElement(By.id("accessibility-link")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText())
                .isEqualTo("Toegankelijkheidsverklaring");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("WCAG 2.1").contains("axe-core");
        Accessibility.check(driver, "31-visitor-accessibility-statement");
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
