package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** The functional administrator's page: organisations, accounts, themes, the role catalogue and criteria weights. */
public class AdminPage extends PortalPage {

    public AdminPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the page from the menu of a logged-in administrator. */
    public static AdminPage openFromMenu(WebDriver driver) {
        AdminPage page = new AdminPage(driver);
        page.wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-form:admin-link"))).click();
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts-form:accounts")));
        return page;
    }

    /** Adds an organisation of the type as the page names it ("Maatschappelijke partner"); returns the message. */
    public String addOrganisation(String name, String typeShown) {
        type("organisation-form:organisation-name", name);
        new Select(driver.findElement(By.id("organisation-form:organisation-type"))).selectByVisibleText(typeShown);
        driver.findElement(By.id("organisation-form:add-organisation")).click();
        return waitForMessage("is toegevoegd");
    }

    /** Submits the account form as it is, expecting field errors; returns them. */
    public List<String> createAccountExpectingErrors(String expectedError) {
        driver.findElement(By.id("account-form:create")).click();
        wait.until(d -> fieldMessages().stream().anyMatch(message -> message.contains(expectedError)));
        return fieldMessages();
    }

    /**
     * Fills the account form for a partner of the organisation and creates the account, whose person is invited by
     * mail; returns the message.
     */
    public String createPartnerAccount(String username, String name, String email, String organisation) {
        type("account-form:username", username);
        type("account-form:display-name", name);
        type("account-form:email", email);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//select[@id='account-form:organisation']/option[normalize-space()='" + organisation + "']")))
                .click();
        driver.findElement(By.xpath("//label[starts-with(@for,'account-form:roles')][normalize-space()='Partner']"))
                .click();
        driver.findElement(By.id("account-form:create")).click();
        return waitForMessage("is aangemaakt");
    }

    /** The accounts table as the administrator reads it. */
    public String accounts() {
        return driver.findElement(By.id("accounts-form:accounts")).getText();
    }
}
