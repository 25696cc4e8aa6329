package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.demo.DemoData;
import nl.samenduurzaam.portal.it.pages.AdminPage;
import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.pages.MyDataPage;
import nl.samenduurzaam.portal.it.pages.MyIdeasPage;
import nl.samenduurzaam.portal.it.pages.NewPasswordPage;
import nl.samenduurzaam.portal.it.support.Accessibility;
import nl.samenduurzaam.portal.it.support.Browser;
import nl.samenduurzaam.portal.it.support.BrowserPerClass;
import nl.samenduurzaam.portal.it.support.Mailbox;
import nl.samenduurzaam.portal.it.support.ReceivedMail;
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
    void administratorAddsAnOrganisationAndInvitesAPersonWhoChoosesHerPasswordAndLogsIn() {
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
        String address = username + "@example.org";
        assertThat(admin.createPartnerAccount(username, "Bea Buurt", address, organisation))
                .contains("Account " + username + " is aangemaakt; " + address + " ontvangt een uitnodiging");
        assertThat(admin.accounts()).contains(username);
        Browser.screenshot(driver, "38-admin-account-created");
        Accessibility.check(driver, "38-admin-account-created");
        admin.logout();

        // Bea reads the invitation and chooses her password through its link
        ReceivedMail invitation = Mailbox.awaitOne(address, "Welkom bij Samen Duurzaam");
        assertThat(invitation.text()).startsWith("Beste Bea Buurt,")
                .contains("Uw gebruikersnaam is " + username + ".", "De link werkt één keer en 48 uur lang");
        NewPasswordPage welcome = NewPasswordPage.follow(driver, base, invitation.linkPath());
        assertThat(welcome.heading()).isEqualTo("Welkom: kies uw wachtwoord");
        welcome.choose("Buurtkracht-2026!");
        assertThat(welcome.waitForMessage("is ingesteld")).isNotEmpty();
        assertThat(NewPasswordPage.follow(driver, base, invitation.linkPath()).showsTheForm())
                .as("the invitation works once").isFalse();

        MyIdeasPage partner = LoginPage.open(driver, base).loginAsPartner(username, "Buurtkracht-2026!");
        assertThat(partner.heading()).isEqualTo("Ideeën van mijn organisatie");

        // she changes it on her page: a guessable one is refused beside its field
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
