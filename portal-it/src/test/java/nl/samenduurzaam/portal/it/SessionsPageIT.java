package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.demo.DemoData;
import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.pages.SessionsPage;
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
import org.openqa.selenium.WebDriver;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo session as the facilitator and a partner see it, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsPageIT {

    private static final String FIRST_SESSION = "Tweedaagse verdiepingssessie";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @ArquillianResource
    private URL base;

    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void facilitatorSeesTheFirstSessionWithItsProgrammeInsightsAndIdeas() {
        LoginPage.open(driver, base).loginAsFacilitator(Users.FACILITATOR, DemoData.PASSWORD);
        SessionsPage sessions = SessionsPage.openFromMenu(driver).open(FIRST_SESSION);

        assertThat(sessions.agendaLocations()).hasSize(2);
        assertThat(sessions.agendaLocations().get(0)).endsWith("Stadskantoor en Markt, Sittard");
        assertThat(sessions.agendaLocations().get(1)).endsWith("Brightlands Chemelot Campus, Geleen");
        assertThat(sessions.detailText()).contains("Brightlands Innovation Factory", "Inzichten (4")
                .contains("Zon op daken");
        assertThat(sessions.ideaRows()).isGreaterThanOrEqualTo(20);
        Browser.screenshot(driver, "10-facilitator-first-session");
        Accessibility.check(driver, "10-facilitator-first-session");
    }

    /** partner2 registers nowhere else in the tests (DomainServicesIT registers partner and partner3). */
    @Test
    void partnerRegistersForAnOpenSessionAndCancels() {
        LoginPage.open(driver, base).loginAsPartner(Users.OTHER_PARTNER, DemoData.PASSWORD);
        SessionsPage sessions = SessionsPage.openFromMenu(driver).open("Verdiepingssessie Gezondheid");
        if (sessions.isRegistered()) {
            // left registered by an earlier run on the same test database
            sessions.unregister();
        }

        sessions.register();
        assertThat(sessions.detailText()).contains("Bas Bouwens").doesNotContain("Petra Partner");
        Browser.screenshot(driver, "11-partner-registered");
        Accessibility.check(driver, "11-partner-registered");

        sessions.unregister();
        assertThat(sessions.detailText()).doesNotContain("Bas Bouwens");
    }
}
