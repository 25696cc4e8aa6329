package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.demo.DemoData;
import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.pages.MyIdeasPage;
import nl.samenduurzaam.portal.it.pages.ConfirmDialog;
import nl.samenduurzaam.portal.it.pages.TaskListPage;
import nl.samenduurzaam.portal.it.support.Accessibility;
import nl.samenduurzaam.portal.it.support.Browser;
import nl.samenduurzaam.portal.it.support.BrowserPerClass;
import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.IdeaFixtures;
import nl.samenduurzaam.portal.it.support.SubmittingPartners;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The slice as users click through it, in headless Chromium against the deployed EAR. */
@ExtendWith({ArquillianExtension.class, BrowserPerClass.class})
@RunAsClient
class ScreeningJourneyPageIT {

    @ArquillianResource
    private URL base;

    private WebDriver driver;

    @Test
    void partnerSubmitsScreenerShortlistsAndPartnerSeesTheNewStatus() {
        // partner submits
        MyIdeasPage partnerPage = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        String title = "Zonnedaken voor scholen " + UUID.randomUUID().toString().substring(0, 8);
        String number = partnerPage.fill(title, "Leerlingen leggen samen met installateurs zonnepanelen.",
                "Energietransitie").submit();
        assertThat(partnerPage.statusOf(number)).isEqualTo("Ingediend");
        assertThat(partnerPage.stepOf(number)).startsWith("De gemeente bekijkt het idee")
                .contains("De gemeente, uiterlijk");
        Browser.screenshot(driver, "01-partner-submitted");
        Accessibility.check(driver, "01-partner-submitted");
        partnerPage.logout();

        // screener claims and shortlists
        TaskListPage tasks = LoginPage.open(driver, base).loginAsCivilServant(Users.SCREENER, DemoData.PASSWORD);
        assertThat(tasks.hasTaskFor(number)).isTrue();
        tasks.claim(number).open(number);
        Browser.screenshot(driver, "02-screener-screening-form");
        Accessibility.check(driver, "02-screener-screening-form");
        String confirmation = tasks.decide(TaskListPage.SHORTLIST, "Past goed bij de opgave energie")
                .completeUnasked("vastgelegd");
        assertThat(confirmation).contains(number);
        assertThat(tasks.hasTaskFor(number)).isFalse();
        Browser.screenshot(driver, "03-screener-decision-recorded");
        Accessibility.check(driver, "03-screener-decision-recorded");
        tasks.logout();

        // partner sees the status
        MyIdeasPage again = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        assertThat(again.statusOf(number)).isEqualTo("Kansrijk");
        assertThat(again.stepOf(number)).startsWith("Beoordelaars van de gemeente scoren het idee");
        // the screener's reason reaches the partner, also with a positive decision
        assertThat(again.reasonOf(number)).isEqualTo("Past goed bij de opgave energie");
        Browser.screenshot(driver, "04-partner-sees-shortlisted");
        Accessibility.check(driver, "04-partner-sees-shortlisted");
        assertThat(again.openIdea(number).timelineNotes()).contains("Past goed bij de opgave energie");
    }

    @Test
    void screenerAsksAQuestionAndThePartnerAnswersItOnItsPage() {
        MyIdeasPage partnerPage = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        String number = partnerPage.fill("Idee met een vraag " + UUID.randomUUID().toString().substring(0, 8),
                "Een idee waarover de gemeente iets wil weten.", "Innovatie").submit();
        partnerPage.logout();

        TaskListPage tasks = LoginPage.open(driver, base).loginAsCivilServant(Users.SCREENER, DemoData.PASSWORD);
        tasks.claim(number).open(number).decide(TaskListPage.CLARIFY, "Welke wijken doen mee?").complete("vastgelegd");
        tasks.logout();

        MyIdeasPage asked = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        assertThat(asked.statusOf(number)).isEqualTo("Aanvulling gevraagd");
        assertThat(asked.reasonOf(number)).isEqualTo("Welke wijken doen mee?");
        assertThat(asked.stepOf(number)).startsWith("De gemeente heeft een vraag over het idee")
                .contains("Uw organisatie, uiterlijk");
        asked.openTask(number);
        assertThat(driver.findElement(By.cssSelector(".partner-question")).getText())
                .contains("Welke wijken doen mee?");
        Browser.screenshot(driver, "08-partner-answers-question");
        Accessibility.check(driver, "08-partner-answers-question");
        assertThat(asked.answer("Limbrichterveld en Broeksittard")).contains(number);

        assertThat(asked.statusOf(number)).isEqualTo("In screening");
        assertThat(asked.hasOrganisationTaskFor(number)).isFalse();
        Browser.screenshot(driver, "09-partner-question-answered");
        Accessibility.check(driver, "09-partner-question-answered");
    }

    @Test
    void programmeManagerProposesAnOwnerAndThePartnerAcceptsOwnership() {
        String number = IdeaFixtures.ideaWaitingAt(base, IdeaLifecycle.PROPOSE_OWNER, Users.PARTNER,
                "Eigenaar gezocht");
        TaskListPage tasks = LoginPage.open(driver, base).loginAsCivilServant(Users.PROGRAMME_MANAGER,
                DemoData.PASSWORD);
        assertThat(tasks.proposeOwner(number, "Zonnedak")).contains(number);
        Browser.screenshot(driver, "12-programme-manager-proposed-owner");
        Accessibility.check(driver, "12-programme-manager-proposed-owner");
        tasks.logout();

        MyIdeasPage partnerPage = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        assertThat(partnerPage.hasOrganisationTaskFor(number)).isTrue();
        partnerPage.openTask(number);
        // the organisation decides with the idea itself beside the question
        assertThat(partnerPage.proposedIdea()).startsWith("Eigenaar gezocht")
                .contains("Een beschrijving van Eigenaar gezocht.").contains("Ingediend door");
        Browser.screenshot(driver, "13-partner-ownership-offered");
        Accessibility.check(driver, "13-partner-ownership-offered");
        assertThat(partnerPage.acceptOwnership()).contains(number);

        assertThat(partnerPage.statusOf(number)).isEqualTo("Eigenaarschap aanvaard");
        assertThat(partnerPage.stepOf(number)).startsWith("De gemeente bepaalt haar rol");
        Browser.screenshot(driver, "14-partner-owns-idea");
    }

    @Test
    void theProposingPartnerReadsWhichOtherOrganisationHoldsTheBall() {
        String number = IdeaFixtures.ideaWaitingAt(base, IdeaLifecycle.PROPOSE_OWNER, Users.PARTNER,
                "Eigenaar elders");
        TaskListPage tasks = LoginPage.open(driver, base).loginAsCivilServant(Users.PROGRAMME_MANAGER,
                DemoData.PASSWORD);
        assertThat(tasks.proposeOwner(number, "Warmtewijzer")).contains(number);
        tasks.logout();

        MyIdeasPage proposer = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        assertThat(proposer.stepOf(number)).startsWith("Eigenaarschap van het idee aanvaarden of afwijzen")
                .contains("Installatiebedrijf Warmtewijzer (fictief), uiterlijk").doesNotContain("Uw organisatie");
        assertThat(proposer.hasOrganisationTaskFor(number)).isFalse();
        Browser.screenshot(driver, "13a-partner-ball-with-another-organisation");
    }

    @Test
    void managementParksOnlyWithAReasonAndSelectsAnIdea() {
        String number = IdeaFixtures.ideaWaitingAt(base, IdeaLifecycle.DECIDE_SELECTION, Users.PARTNER,
                "Selectie met toelichting");
        TaskListPage tasks = LoginPage.open(driver, base).loginAsCivilServant(Users.MANAGEMENT, DemoData.PASSWORD);
        tasks.decideTask(number, "Selectiebesluit nemen", 1, null);
        assertThat(tasks.completeExpectingFieldError("Geef een toelichting", "decision-form"))
                .contains("toelichting");
        Browser.screenshot(driver, "15-management-selection-reason-required");
        Accessibility.check(driver, "15-management-selection-reason-required");

        assertThat(tasks.chooseDecision(0).completeDecision()).contains(number);

        assertThat(tasks.hasTask(number, "Selectiebesluit nemen")).isFalse();
        Browser.screenshot(driver, "16-management-selected");
        Accessibility.check(driver, "16-management-selected");
    }

    @Test
    void notPursuedDecisionShowsItsReasonToThePartner() {
        MyIdeasPage partnerPage = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        String number = partnerPage.fill("Tweede idee " + UUID.randomUUID().toString().substring(0, 8),
                "Een idee dat niet wordt weerhouden.", "Innovatie").submit();
        partnerPage.logout();

        TaskListPage tasks = LoginPage.open(driver, base).loginAsCivilServant(Users.SCREENER, DemoData.PASSWORD);
        assertThat(tasks.claimAndOpenInOne(number)).contains("U behandelt nu de taak voor " + number);
        tasks.decide(TaskListPage.NOT_PURSUED, null);
        assertThat(tasks.completeExpectingFieldError("Geef een reden")).contains("niet wordt weerhouden");
        Browser.screenshot(driver, "05-screener-reason-required");
        Accessibility.check(driver, "05-screener-reason-required");
        // not pursuing ends the idea: the screener confirms it in a dialog, and cancelling keeps the task open
        ConfirmDialog ending = tasks.decide(TaskListPage.NOT_PURSUED, "Valt buiten de opgaven").completeAsked();
        assertThat(ending.title()).isEqualTo("Definitief besluit");
        assertThat(ending.message()).isEqualTo("Het idee wordt niet weerhouden en het proces ervan stopt. Dit kan "
                + "niet ongedaan worden gemaakt. De partner leest uw toelichting.");
        assertThat(ending.confirmLabel()).isEqualTo("Definitief vastleggen");
        assertThat(ending.focusedText()).isEqualTo("Annuleren");
        Accessibility.check(driver, "05-screener-confirm-not-pursued");
        ending.cancel();
        assertThat(driver.findElement(By.id("screening-form:reason")).getAttribute("value"))
                .isEqualTo("Valt buiten de opgaven");
        tasks.complete("vastgelegd");
        tasks.logout();

        MyIdeasPage again = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        assertThat(again.statusOf(number)).isEqualTo("Niet weerhouden");
        assertThat(again.reasonOf(number)).isEqualTo("Valt buiten de opgaven");
    }

    @Test
    void partnerAndScreenerPageThroughListsLongerThanAPage() throws Exception {
        // 26 new ideas: more than a page of the partner's list (20) and of the task list (25)
        String prefix = "Bladeren " + UUID.randomUUID().toString().substring(0, 8) + " ";
        HttpSession partner = new HttpSession(base.toURI()).loginAs(Users.THIRD_PARTNER);
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 26; i++) {
            numbers.add(SubmittingPartners.submitThroughTheForm(partner, prefix + i).orElseThrow());
        }
        String oldest = numbers.get(0);
        String newest = numbers.get(25);

        MyIdeasPage ideas = LoginPage.open(driver, base).loginAsPartner(Users.THIRD_PARTNER, DemoData.PASSWORD);
        assertThat(ideas.pageShown()).isEqualTo("Pagina 1");
        assertThat(ideas.ideaNumbersShown()).hasSize(20).startsWith(newest).doesNotContain(oldest);
        Accessibility.check(driver, "17-partner-ideas-first-page");
        assertThat(ideas.hasNextPage()).isTrue();
        assertThat(ideas.nextPage().pageShown()).isEqualTo("Pagina 2");
        assertThat(ideas.ideaNumbersShown()).contains(oldest).doesNotContain(newest);
        assertThat(ideas.previousPage().pageShown()).isEqualTo("Pagina 1");
        assertThat(ideas.ideaNumbersShown()).startsWith(newest);
        ideas.logout();

        TaskListPage tasks = LoginPage.open(driver, base).loginAsCivilServant(Users.SCREENER, DemoData.PASSWORD)
                .search(prefix);
        assertThat(tasks.pageShown()).isEqualTo("Pagina 1");
        assertThat(tasks.ideaNumbers()).hasSize(25);
        assertThat(tasks.pageButtonLabels()).containsExactly("Vorige pagina", "Volgende pagina");
        assertThat(tasks.nextPage().pageShown()).isEqualTo("Pagina 2");
        List<String> lastPage = tasks.ideaNumbers();
        assertThat(lastPage).hasSize(1);
        assertThat(tasks.hasNextPage()).isFalse();
        Browser.screenshot(driver, "18-screener-task-list-second-page");
        Accessibility.check(driver, "18-screener-task-list-second-page");
        assertThat(tasks.previousPage().pageShown()).isEqualTo("Pagina 1");
        assertThat(tasks.ideaNumbers()).hasSize(25).doesNotContainAnyElementsOf(lastPage);
        // on a wide screen a cell shows its value; the column's title is in the table's header
        assertThat(tasks.firstRowCells().get(0)).isEqualTo(tasks.ideaNumbers().get(0));
        // a new search starts on its first page again
        assertThat(tasks.nextPage().search(newest).pageShown()).isEmpty();
        assertThat(tasks.ideaNumbers()).containsExactly(newest);
    }

    @Test
    void wrongPasswordGivesAFriendlyMessage() {
        LoginPage login = LoginPage.open(driver, base);
        login.submit(Users.PARTNER, "not-the-password");

        assertThat(login.waitForMessage("Onjuiste")).contains("Onjuiste gebruikersnaam of wachtwoord");
        Browser.screenshot(driver, "06-login-failed");
        Accessibility.check(driver, "06-login-failed");
    }

    @Test
    void incompleteIdeaShowsMessagesNextToTheFieldsAndKeepsTheInput() {
        MyIdeasPage page = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        page.fill("Alleen een titel", "", null).submitExpectingErrors();

        assertThat(page.fieldMessages()).contains("Beschrijf het idee.", "Kies een opgave.");
        assertThat(page.titleInput()).isEqualTo("Alleen een titel");
        Browser.screenshot(driver, "07-submit-validation");
        Accessibility.check(driver, "07-submit-validation");

        // the language switch keeps what was typed, sent or not (the account's language is switched back after)
        page.typeDescription("Nog niet verstuurd");
        try {
            page.switchLanguage("en");
            assertThat(page.heading()).isEqualTo("My organisation's ideas");
            assertThat(page.titleInput()).isEqualTo("Alleen een titel");
            assertThat(page.descriptionInput()).isEqualTo("Nog niet verstuurd");
        } finally {
            page.switchLanguage("nl");
        }
    }

    /** On a phone the first task shows on the first screen: a compact header, the filters folded away. */
    @Test
    void onAPhoneTheTaskListStartsWithTheTasks() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            TaskListPage tasks = LoginPage.open(driver, base).loginAsCivilServant(Users.SCREENER, DemoData.PASSWORD);
            assertThat(tasks.filtersShown()).isFalse();
            assertThat(tasks.firstTaskTop()).as("top of the first task, in pixels").isLessThan(844);
            // the table stacks: each cell says which column it is
            assertThat(tasks.firstRowCells().get(0)).startsWith("Idee").contains(tasks.ideaNumbers().get(0));
            Browser.screenshot(driver, "22-screener-task-list-phone");
            Accessibility.check(driver, "22-screener-task-list-phone");
            assertThat(tasks.toggleFilters()).isEqualTo("Filters verbergen");
            assertThat(tasks.filtersShown()).isTrue();
            assertThat(tasks.search("SD-").filtersShown()).as("still unfolded after a search").isTrue();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void protectedPageSendsAnAnonymousVisitorToTheLogin() {
        driver.get(base + "tasks/index.xhtml");

        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
    }
}
