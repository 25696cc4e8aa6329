package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.demo.DemoData;
import nl.samenduurzaam.portal.it.pages.ConfirmDialog;
import nl.samenduurzaam.portal.it.pages.InsightBoardPage;
import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.pages.SessionsPage;
import nl.samenduurzaam.portal.it.support.Accessibility;
import nl.samenduurzaam.portal.it.support.Browser;
import nl.samenduurzaam.portal.it.support.BrowserPerClass;
import nl.samenduurzaam.portal.it.support.SessionFixtures;
import nl.samenduurzaam.portal.it.support.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions as the facilitator and a partner see them, in headless Chromium: the demo's first session as it was held,
 * and sessions of the tests' own for registering and for running the board.
 */
@ExtendWith({ArquillianExtension.class, BrowserPerClass.class})
@RunAsClient
class SessionsPageIT {

    private static final String FIRST_SESSION = "Tweedaagse verdiepingssessie";

    @ArquillianResource
    private URL base;

    private WebDriver driver;

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
        assertThat(sessions.addToMinutes("Vervolg: de najaarssessies bouwen voort op deze inzichten."))
                .contains("bewaard");
        Browser.screenshot(driver, "10-facilitator-first-session");
        Accessibility.check(driver, "10-facilitator-first-session");
    }

    @Test
    void partnerRegistersForAnOpenSessionAndCancels() {
        String title = SessionFixtures.session(base, "Verdiepingssessie Gezondheid", "HEALTH", true);
        LoginPage.open(driver, base).loginAsPartner(Users.OTHER_PARTNER, DemoData.PASSWORD);
        SessionsPage sessions = SessionsPage.openFromMenu(driver).open(title);

        sessions.register();
        assertThat(sessions.detailText()).contains("Bas Bouwens").doesNotContain("Petra Partner");
        Browser.screenshot(driver, "11-partner-registered");
        Accessibility.check(driver, "11-partner-registered");

        sessions.unregister();
        assertThat(sessions.detailText()).doesNotContain("Bas Bouwens");
    }

    /**
     * A planned session of its own: the facilitator opens registration, a partner registers, the facilitator starts
     * the session, captures and clusters insights and opens a dot vote; the partner votes until the dots are used;
     * the board shows the shortlist; the winning insight becomes an idea.
     */
    @Test
    void facilitatorRunsTheBoardParticipantsVoteWithDotsAndTheWinnerBecomesAnIdea() {
        String session = SessionFixtures.session(base, "Verdiepingssessie Identiteit", "IDENTITY_AND_IMAGE", false);
        LoginPage.open(driver, base).loginAsFacilitator(Users.FACILITATOR, DemoData.PASSWORD);
        InsightBoardPage board = SessionsPage.openFromMenu(driver).open(session).openBoard();
        assertThat(board.status()).isEqualTo("Gepland");
        board.moveSession("open-registration");
        board.logout();

        LoginPage.open(driver, base).loginAsPartner(Users.OTHER_PARTNER, DemoData.PASSWORD);
        SessionsPage partner = SessionsPage.openFromMenu(driver).open(session);
        partner.register();
        partner.logout();

        LoginPage.open(driver, base).loginAsFacilitator(Users.FACILITATOR, DemoData.PASSWORD);
        board = SessionsPage.openFromMenu(driver).open(session).openBoard().moveSession("start");
        assertThat(board.status()).isEqualTo("Bezig");
        assertThat(board.captureExpectingError("Schrijf het inzicht op")).isNotEmpty();
        board.capture("Trots op het mijnverleden als merk").capture("Festival in de Markt als visitekaartje")
                .capture("Jongeren kennen de regio niet")
                .createCluster("Verhaal van de regio")
                .moveToCluster("Trots op het mijnverleden", "Verhaal van de regio");
        assertThat(board.clusterTexts("Verhaal van de regio")).singleElement().asString().startsWith("Trots");
        // the language switch keeps the board of this session (the facilitator's choice is remembered: switched back)
        try {
            board.switchLanguage("en");
            assertThat(board.status()).isEqualTo("Running");
            assertThat(board.clusterTexts("Verhaal van de regio")).singleElement().asString().startsWith("Trots");
            Accessibility.check(driver, "35-facilitator-insight-board-en");
        } finally {
            board.switchLanguage("nl");
        }
        board.openVoting(2);
        Browser.screenshot(driver, "35-facilitator-insight-board");
        Accessibility.check(driver, "35-facilitator-insight-board");
        board.logout();

        LoginPage.open(driver, base).loginAsPartner(Users.OTHER_PARTNER, DemoData.PASSWORD);
        partner = SessionsPage.openFromMenu(driver).open(session);
        assertThat(partner.dotsLeft()).contains("2 van uw 2");
        assertThat(partner.giveDot("Festival in de Markt")).contains("1 van uw 2");
        assertThat(partner.giveDot("Festival in de Markt")).contains("0 van uw 2");
        assertThat(partner.canGiveDotTo("Jongeren kennen")).isFalse();
        Browser.screenshot(driver, "36-partner-dot-voting");
        Accessibility.check(driver, "36-partner-dot-voting");
        partner.logout();

        LoginPage.open(driver, base).loginAsFacilitator(Users.FACILITATOR, DemoData.PASSWORD);
        board = SessionsPage.openFromMenu(driver).open(session).openBoard().refreshVoting();
        assertThat(board.shortlist()).first().asString().startsWith("Festival in de Markt").contains("2 stippen");
        // closing the vote asks first, in a dialog that has the focus on "Annuleren"; Escape leaves the vote open
        ConfirmDialog closingVote = board.closeVotingAsked();
        assertThat(closingVote.role()).isEqualTo("alertdialog");
        assertThat(closingVote.title()).isEqualTo("Stemronde sluiten?");
        assertThat(closingVote.message()).isEqualTo("Deelnemers kunnen niet meer stemmen tot u de stemronde "
                + "opnieuw opent. De stand blijft bewaard.");
        assertThat(closingVote.hasFocus()).isTrue();
        assertThat(closingVote.focusedText()).isEqualTo("Annuleren");
        Browser.screenshot(driver, "37-facilitator-confirm-close-vote");
        Accessibility.check(driver, "37-facilitator-confirm-close-vote");
        closingVote.dismissWithEscape();
        assertThat(board.votingOpen()).isTrue();
        board.closeVoting().choose("Festival in de Markt");
        assertThat(board.convert("Jaarlijks festival Identiteit", "Een festival dat de regio laat zien.",
                "Installatiebedrijf")).contains("SD-");

        // ending the session cannot be undone: "Annuleren" keeps it running, the dialog's own button ends it
        ConfirmDialog closingSession = board.closeSessionAsked();
        assertThat(closingSession.title()).isEqualTo("Sessie afsluiten?");
        assertThat(closingSession.message()).contains("Dit kan niet ongedaan worden gemaakt.");
        assertThat(closingSession.confirmLabel()).isEqualTo("Sessie afsluiten");
        closingSession.cancel();
        assertThat(board.status()).isEqualTo("Bezig");
        board.closeSessionAsked().confirm();
        board.awaitStatus("Afgesloten");
    }
}
