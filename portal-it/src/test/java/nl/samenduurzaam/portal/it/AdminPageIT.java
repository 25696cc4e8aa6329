package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.demo.DemoData;
import nl.samenduurzaam.portal.it.pages.AdminPage;
import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.pages.MyDataPage;
import nl.samenduurzaam.portal.it.pages.MyIdeasPage;
import nl.samenduurzaam.portal.it.support.Accessibility;
import nl.samenduurzaam.portal.it.support.Browser;
import nl.samenduurzaam.portal.it.support.BrowserPerClass;
import nl.samenduurzaam.portal.it.support.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The functional administrator's page: organisations, accounts, themes, role catalogue and criteria weights. */
@ExtendWith({ArquillianExtension.class, BrowserPerClass.class})
@RunAsClient
class AdminPageIT {

    @ArquillianResource
    private URL base;

    private WebDriver driver;

    @Test
    void administratorAddsAnOrganisationAndAnAccountForItWhichThenLogsIn() {
        LoginPage.open(driver, base).submit(Users.ADMIN, DemoData.PASSWORD);
        // the administrator lands where her work is
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/admin/index.xhtml"));
        AdminPage admin = AdminPage.openFromMenu(driver);
        String suffix = Long.toString(System.nanoTime(), 36);
        String organisation = "Buurtkracht " + suffix;

        assertThat(admin.addOrganisation(organisation, "Maatschappelijke partner")).contains(organisation);

        assertThat(admin.createAccountExpectingErrors("gebruikersnaam")).isNotEmpty();
        assertThat(admin.messagesBeside("account-form:username")).anyMatch(message -> message.contains("gebruikersnaam"));
        Browser.screenshot(driver, "37-admin-account-validation");
        Accessibility.check(driver, "37-admin-account-validation");

        String username = "buurt." + suffix;
        assertThat(admin.createPartnerAccount(username, "Bea Buurt", "bea@example.org", organisation,
                "Buurtkracht-2026!")).contains(username);
        assertThat(admin.accounts()).contains(username);
        Browser.screenshot(driver, "38-admin-account-created");
        Accessibility.check(driver, "38-admin-account-created");

        admin.logout();
        MyIdeasPage partner = LoginPage.open(driver, base).loginAsPartner(username, "Buurtkracht-2026!");
        assertThat(partner.heading()).isEqualTo("Ideeën van mijn organisatie");

        // she replaces the password the administrator chose: a guessable one is refused beside its field
        MyDataPage myData = MyDataPage.openFromMenu(driver)
                .changePassword("Buurtkracht-2026!", "Wachtwoord2026", "Wachtwoord2026");
        assertThat(myData.messagesBeside("password-form:new-password"))
                .anyMatch(message -> message.contains("eerst worden geraden"));
        assertThat(myData.isInvalid("password-form:new-password")).isTrue();
        Browser.screenshot(driver, "39-password-change-refused");
        Accessibility.check(driver, "39-password-change-refused");

        myData.changePassword("Buurtkracht-2026!", "fietsen langs de geleenbeek", "fietsen langs de geleenbeek");
        assertThat(myData.waitForMessage("Uw wachtwoord is gewijzigd")).contains("nieuwe wachtwoord");
        myData.logout();

        LoginPage withOldPassword = LoginPage.open(driver, base);
        withOldPassword.submit(username, "Buurtkracht-2026!");
        assertThat(withOldPassword.waitForMessage("Onjuiste gebruikersnaam of wachtwoord")).isNotEmpty();
        assertThat(LoginPage.open(driver, base).loginAsPartner(username, "fietsen langs de geleenbeek").heading())
                .isEqualTo("Ideeën van mijn organisatie");
    }
}
