package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.pages.MyDataPage;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner steers the portal's mail on "Mijn gegevens": which kinds and how, and the address it goes to. */
@ExtendWith({ArquillianExtension.class, BrowserPerClass.class})
@RunAsClient
class MyMailPageIT {

    private static final String PASSWORD = "Een wachtwoord voor de post!";
    private static final String DECISIONS = "Besluiten over ideeën van uw organisatie";

    @ArquillianResource
    private URL base;

    private WebDriver driver;

    @Test
    void aPartnerChoosesWhichMailComesAndConfirmsANewAddress() {
        String username = AccountFixtures.partnerWith(base, PASSWORD);
        LoginPage.open(driver, base).loginAsPartner(username, PASSWORD);
        MyDataPage page = MyDataPage.openFromMenu(driver);

        assertThat(page.mailSection()).contains("Taken voor uw organisatie: altijd, direct", DECISIONS,
                "Aanmeldingen voor en herinneringen aan verdiepingssessies")
                .doesNotContain("Nieuwe taken voor uw groepen", "Teruggestuurde rolvoorstellen");
        assertThat(page.isChosen(DECISIONS, "Direct")).isTrue();
        page.chooseMail(DECISIONS, "In het dagelijks overzicht");
        assertThat(page.waitForMessage("Uw keuzes voor e-mail zijn opgeslagen")).isNotEmpty();
        Browser.screenshot(driver, "46-my-mail");
        Accessibility.check(driver, "46-my-mail");

        MyDataPage again = MyDataPage.openFromMenu(driver);
        assertThat(again.isChosen(DECISIONS, "In het dagelijks overzicht")).isTrue();
        assertThat(driver.findElement(By.id("email-current")).getText())
                .isEqualTo("Uw e-mail gaat nu naar " + username + "@example.org.");

        String renewed = "ander." + username + "@example.org";
        assertThat(again.changeEmail(renewed, PASSWORD)).contains(renewed, "zodra u de link daarin volgt");
        ReceivedMail confirmation = Mailbox.awaitOne(renewed, "Bevestig uw nieuwe e-mailadres");
        driver.get(base + confirmation.linkPath().substring(1));
        assertThat(again.waitForMessage("Uw e-mailadres is nu")).contains(renewed);
        MyDataPage.openFromMenu(driver);
        assertThat(driver.findElement(By.id("email-current")).getText())
                .isEqualTo("Uw e-mail gaat nu naar " + renewed + ".");
    }
}
