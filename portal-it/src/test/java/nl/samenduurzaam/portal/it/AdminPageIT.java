package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.demo.DemoData;
import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.support.Accessibility;
import nl.samenduurzaam.portal.it.support.Browser;
import nl.samenduurzaam.portal.it.support.PortalDeployment;
import nl.samenduurzaam.portal.it.support.Users;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The functional administrator's page: organisations, accounts, themes, role catalogue and criteria weights. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPageIT {

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
        // an AJAX update replaces the elements a condition reads: look again instead of failing
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void administratorAddsAnOrganisationAndAnAccountForItWhichThenLogsIn() {
        LoginPage.open(driver, base).submit(Users.ADMIN, DemoData.PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-form:admin-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts-form:accounts")));
        String suffix = Long.toString(System.nanoTime(), 36);
        String organisation = "Buurtkracht " + suffix;

        type("organisation-form:organisation-name", organisation);
        new Select(driver.findElement(By.id("organisation-form:organisation-type")))
                .selectByVisibleText("Maatschappelijke partner");
        driver.findElement(By.id("organisation-form:add-organisation")).click();
        awaitText(".portal-messages", "is toegevoegd");

        driver.findElement(By.id("account-form:create")).click();
        awaitText(".ui-message-error", "gebruikersnaam");
        Browser.screenshot(driver, "37-admin-account-validation");
        Accessibility.check(driver, "37-admin-account-validation");

        String username = "buurt." + suffix;
        type("account-form:username", username);
        type("account-form:display-name", "Bea Buurt");
        type("account-form:email", "bea@example.org");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//select[@id='account-form:organisation']/option[normalize-space()='" + organisation + "']")))
                .click();
        driver.findElement(By.xpath("//label[starts-with(@for,'account-form:roles')][normalize-space()='Partner']"))
                .click();
        type("account-form:password", "Buurtkracht-2026!");
        driver.findElement(By.id("account-form:create")).click();
        awaitText(".portal-messages", "is aangemaakt");
        assertThat(driver.findElement(By.id("accounts-form:accounts")).getText()).contains(username);
        Browser.screenshot(driver, "38-admin-account-created");
        Accessibility.check(driver, "38-admin-account-created");

        driver.findElement(By.id("nav-form:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-form:login-link")));
        LoginPage.open(driver, base).loginAsPartner(username, "Buurtkracht-2026!");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ideeën van mijn organisatie");
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void awaitText(String css, String expected) {
        wait.until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(expected)));
    }
}
