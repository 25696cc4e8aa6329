package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.pages.NewPasswordPage;
import nl.samenduurzaam.portal.it.support.AccountFixtures;
import nl.samenduurzaam.portal.it.support.Accessibility;
import nl.samenduurzaam.portal.it.support.Browser;
import nl.samenduurzaam.portal.it.support.BrowserPerClass;
import nl.samenduurzaam.portal.it.support.Mailbox;
import nl.samenduurzaam.portal.it.support.ReceivedMail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** "Forgot your password" in the browser: the mail read from the SMTP server, its link followed once. */
@ExtendWith({ArquillianExtension.class, BrowserPerClass.class})
@RunAsClient
class PasswordResetPageIT {

    private static final String FORGOTTEN = "Het vergeten wachtwoord!";
    private static final String CHOSEN = "over de heide naar schinveld";

    @ArquillianResource
    private URL base;

    private WebDriver driver;

    @Test
    void aPersonWhoForgotThePasswordChoosesANewOneThroughTheMailedLink() {
        String username = AccountFixtures.partnerWith(base, FORGOTTEN);

        String answer = LoginPage.open(driver, base).forgotPassword().request(username);
        assertThat(answer).contains("Hoort er een account bij, dan ontvangt u binnenkort een e-mail");

        ReceivedMail mail = Mailbox.awaitOne(username + "@example.org", "Nieuw wachtwoord kiezen");
        assertThat(mail.text()).contains("De link werkt één keer en 30 minuten lang");
        NewPasswordPage page = NewPasswordPage.follow(driver, base, mail.linkPath());
        assertThat(page.heading()).isEqualTo("Nieuw wachtwoord kiezen");
        Browser.screenshot(driver, "44-password-new");
        Accessibility.check(driver, "44-password-new");

        // the hint while typing counts what is missing, then says how strong the length makes it
        assertThat(page.hintAfterTyping("maasdal")).isEqualTo("Nog 5 tekens nodig.");
        assertThat(page.hintAfterTyping(CHOSEN)).isEqualTo("Zeer sterk.");

        page.choose("wachtwoord1234");
        assertThat(page.messagesBeside("new-password-form:new-password"))
                .anyMatch(message -> message.contains("eerst worden geraden"));

        page.choose(CHOSEN);
        assertThat(page.waitForMessage("is ingesteld")).contains("Log in met het nieuwe wachtwoord");
        assertThat(page.showsTheForm()).isFalse();

        LoginPage withTheOldOne = LoginPage.open(driver, base);
        withTheOldOne.submit(username, FORGOTTEN);
        assertThat(withTheOldOne.waitForMessage("Onjuiste gebruikersnaam of wachtwoord")).isNotEmpty();
        assertThat(LoginPage.open(driver, base).loginAsPartner(username, CHOSEN).heading())
                .isEqualTo("Ideeën van mijn organisatie");

        NewPasswordPage usedAgain = NewPasswordPage.follow(driver, base, mail.linkPath());
        assertThat(usedAgain.waitForMessage("Deze link werkt niet (meer)")).contains("Vraag een nieuwe link aan");
        assertThat(usedAgain.showsTheForm()).isFalse();
        Accessibility.check(driver, "45-password-link-used");
    }
}
