package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.demo.DemoData;
import nl.samenduurzaam.portal.it.pages.InsightBoardPage;
import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.pages.ProjectorPage;
import nl.samenduurzaam.portal.it.pages.RoomPage;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session room live, with everyone's screen open at once: the facilitator's board and the projector (two windows
 * of the facilitator's laptop) and two participants on their phones, who joined by the projector's short link. What
 * one of them does shows on the others' screens without anyone reloading a page.
 */
@ExtendWith({ArquillianExtension.class, BrowserPerClass.class})
@RunAsClient
class SessionRoomPageIT {

    private static final String ENERGY = "Energietransitie";
    private static final Dimension PHONE = new Dimension(390, 844);

    @ArquillianResource
    private URL base;

    private WebDriver driver;

    @Test
    void twoParticipantsAndTheProjectorFollowTheRoomLiveWithoutReloading() {
        long session = SessionFixtures.running(base, "Live verdiepingssessie", "ENERGY_TRANSITION",
                List.of(Users.PARTNER, Users.OTHER_PARTNER), 0);

        LoginPage.open(driver, base).loginAsFacilitator(Users.FACILITATOR, DemoData.PASSWORD);
        InsightBoardPage board = InsightBoardPage.open(driver, base, session);
        String boardWindow = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.WINDOW);
        ProjectorPage projector = ProjectorPage.open(driver, base, session);
        String projectorWindow = driver.getWindowHandle();
        assertThat(projector.joinLink()).isEqualTo(base + "r/" + session);
        assertThat(projector.joinCodeName()).isEqualTo("img: QR-code naar " + base + "r/" + session);
        assertThat(projector.insightsOf(ENERGY)).isEmpty();

        WebDriver first = Browser.start();
        WebDriver second = Browser.start();
        try {
            first.manage().window().setSize(PHONE);
            second.manage().window().setSize(PHONE);
            // the short link on the projector leads through the login into the room
            RoomPage mine = RoomPage.afterLogin(RoomPage.followShortLink(first, base, session), Users.PARTNER,
                    DemoData.PASSWORD);
            RoomPage theirs = RoomPage.afterLogin(RoomPage.followShortLink(second, base, session),
                    Users.OTHER_PARTNER, DemoData.PASSWORD);
            assertThat(mine.url()).endsWith("/sessions/room.xhtml?session=" + session);
            assertThat(mine.dots()).isEqualTo("De stemming is nog niet open of al gesloten.");
            mine.markLoaded();
            theirs.markLoaded();
            projector.markLoaded();

            // an insight added on one phone reaches the other phone and the projector
            mine.addInsight("Zonnedaken op elke school");
            theirs.awaitInsight("Zonnedaken op elke school");
            projector.awaitInsight(ENERGY, "Zonnedaken op elke school geen stippen");
            Browser.screenshot(first, "50-participant-room-phone");
            Accessibility.check(first, "50-participant-room-phone");

            // the facilitator opens the vote on the board: both phones show their dots
            driver.switchTo().window(boardWindow);
            board.openVoting(2);
            mine.awaitDots("U hebt nog 2 van uw 2 stippen.");
            theirs.awaitDots("U hebt nog 2 van uw 2 stippen.");

            // a dot on one phone moves the projector's standing and the board's shortlist
            theirs.giveDot("Zonnedaken op elke school", "U hebt nog 1 van uw 2 stippen.");
            driver.switchTo().window(projectorWindow);
            projector.awaitInsight(ENERGY, "Zonnedaken op elke school 1 stip");
            assertThat(projector.shortlist()).containsExactly("Zonnedaken op elke school 1 stip");
            assertThat(projector.status()).isEqualTo("Bezig · De stemming is open: stem op uw telefoon.");
            assertThat(mine.myDotsOn("Zonnedaken op elke school")).isEqualTo("geen stippen van u");
            Browser.screenshot(driver, "51-projector-live");
            Accessibility.check(driver, "51-projector-live");
            driver.switchTo().window(boardWindow);
            board.awaitShortlist("Zonnedaken op elke school");

            // nothing was loaded again, and the Content-Security-Policy blocked no script of the socket
            assertThat(mine.stillTheSameLoad()).isTrue();
            assertThat(theirs.stillTheSameLoad()).isTrue();
            driver.switchTo().window(projectorWindow);
            assertThat(projector.stillTheSameLoad()).isTrue();
            assertThat(Browser.blockedScripts(first)).isEmpty();
            assertThat(Browser.blockedScripts(driver)).isEmpty();
        } finally {
            first.quit();
            second.quit();
        }
    }
}
