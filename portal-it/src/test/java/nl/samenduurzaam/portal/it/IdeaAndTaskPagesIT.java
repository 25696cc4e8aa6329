package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.demo.DemoData;
import nl.samenduurzaam.portal.it.pages.ConfirmDialog;
import nl.samenduurzaam.portal.it.pages.ElaborationPage;
import nl.samenduurzaam.portal.it.pages.IdeaPage;
import nl.samenduurzaam.portal.it.pages.LoginPage;
import nl.samenduurzaam.portal.it.pages.MyIdeasPage;
import nl.samenduurzaam.portal.it.pages.ReportsPage;
import nl.samenduurzaam.portal.it.pages.SessionSelectionPage;
import nl.samenduurzaam.portal.it.pages.TaskListPage;
import nl.samenduurzaam.portal.it.pages.TaskPage;
import nl.samenduurzaam.portal.it.support.Accessibility;
import nl.samenduurzaam.portal.it.support.Browser;
import nl.samenduurzaam.portal.it.support.BrowserPerClass;
import nl.samenduurzaam.portal.it.support.IdeaFixtures;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idea page and the civil servant's task pages in headless Chromium: the task list's filters, the idea's context
 * and diagram beside each form, the assessment and role proposal forms, handling a task (follow-up, hand over).
 */
@ExtendWith({ArquillianExtension.class, BrowserPerClass.class})
@RunAsClient
class IdeaAndTaskPagesIT {

    private static final String SCREENING = "Idee screenen";
    private static final String ASSESSMENT = "Idee beoordelen";
    private static final String SELECTION = "Selectiebesluit nemen";
    private static final String ROLE_PROPOSAL = "Rol van de gemeente voorstellen";
    private static final String ROLE_APPROVAL = "Rol van de gemeente goedkeuren";
    private static final String REVIEW = "Uitwerking beoordelen";
    private static final String CONFIRMATION = "Afronding bevestigen";

    @ArquillianResource
    private URL base;

    private WebDriver driver;

    @Test
    void partnerFollowsTheIdeaOnItsPageAndCannotOpenAnotherOrganisationsIdea() {
        MyIdeasPage other = LoginPage.open(driver, base).loginAsPartner(Users.OTHER_PARTNER, DemoData.PASSWORD);
        String othersNumber = other.fill("Warmtepompen in de wijk " + suffix(), "Een idee van een andere partner.",
                "Energietransitie").submit();
        other.logout();

        MyIdeasPage mine = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        mine.fill("Zonnedaken en buurtbatterij " + suffix(), "Een batterij voor de zonnestroom van de buurt.",
                "Energietransitie");
        // typing the title shows the organisation's similar idea
        assertThat(mine.duplicates()).anyMatch(duplicate -> duplicate.contains("Zonnedaken op alle scholen"));
        String number = mine.submit();
        IdeaPage page = mine.openIdea(number);
        assertThat(page.heading()).startsWith(number);
        assertThat(page.description()).contains("batterij voor de zonnestroom");
        assertThat(page.status()).isEqualTo("Ingediend");
        assertThat(page.timeline()).contains("Ingediend").doesNotContain("Ingediend: Ingediend");
        assertThat(page.currentStepsInDiagram()).containsExactly("screenIdea");
        // the diagram names its steps in the reader's language, not the model's English
        assertThat(page.diagramLabels()).contains("Idee screenen", "Eigenaarschap aanvaarden", "niet weerhouden")
                .doesNotContain("Screen idea", "Accept ownership", "not pursued");
        assertThat(page.passedStepsInDiagram()).isPositive();
        // the wide diagram scrolls within its frame; the page itself fits the window
        assertThat(page.scrollsSideways()).isFalse();
        Browser.screenshot(driver, "20-partner-idea-page");
        Accessibility.check(driver, "20-partner-idea-page");
        // only colleagues of the proposing organisation become co-authors
        assertThat(page.addCoAuthor(Users.OTHER_PARTNER, "indienende organisaties")).contains("mede-auteur");
        // the language switch keeps the page on the same idea (the partner's choice is remembered: switched back)
        try {
            page.switchLanguage("en");
            assertThat(page.heading()).startsWith(number);
            assertThat(page.status()).isEqualTo("Submitted");
            Accessibility.check(driver, "20-partner-idea-page-en");
        } finally {
            page.switchLanguage("nl");
        }
        assertThat(page.heading()).startsWith(number);

        IdeaPage guessed = IdeaPage.open(driver, base, othersNumber);
        assertThat(guessed.hasIdea()).isFalse();
        // refused the same way whether the idea exists or not, in the partner's language
        assertThat(guessed.waitForMessage("geen toegang")).doesNotContain("access");

        driver.findElement(org.openqa.selenium.By.id("nav-form:my-data-link")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "Mijn gegevens".equals(guessed.heading()));
        Accessibility.check(driver, "39-partner-my-data");
    }

    @Test
    void screenerFiltersTheListSeesTheIdeaBesideTheFormAndHandsTheTaskOver() {
        MyIdeasPage partner = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        String title = "Deelauto's bij het station " + suffix();
        String number = partner.fill(title, "Elektrische deelauto's voor forenzen.", "Energietransitie").submit();
        partner.logout();

        TaskListPage tasks = LoginPage.open(driver, base).loginAsCivilServant(Users.SCREENER, DemoData.PASSWORD);
        tasks.filterByTask(SCREENING);
        // the keyboard goes on at the tasks found, not at the top of the page
        assertThat(tasks.focusedElement()).isEqualTo("tasks-heading");
        assertThat(tasks.ideaNumbers()).isNotEmpty();
        Browser.screenshot(driver, "21-screener-task-list-filtered");
        Accessibility.check(driver, "21-screener-task-list-filtered");
        tasks.resetFilters().search(title.substring(title.length() - 8));
        assertThat(tasks.ideaNumbers()).containsExactly(number);

        TaskPage task = tasks.openTask(number, SCREENING);
        assertThat(task.heading()).contains(SCREENING).contains(number);
        assertThat(task.context().description()).contains("deelauto's voor forenzen");
        assertThat(task.context().currentStepsInDiagram()).containsExactly("screenIdea");
        assertThat(task.scrollsSideways()).as("the page wider than the window").isFalse();
        Browser.screenshot(driver, "22-screener-task-page");
        Accessibility.check(driver, "22-screener-task-page");
        // the language switch keeps the task on the page (the screener's choice is remembered: switched back)
        try {
            task.switchLanguage("en");
            assertThat(task.heading()).contains(number).doesNotContain(SCREENING);
            assertThat(task.context().description()).contains("deelauto's voor forenzen");
            Accessibility.check(driver, "22-screener-task-page-en");
        } finally {
            task.switchLanguage("nl");
        }
        assertThat(task.heading()).contains(SCREENING).contains(number);

        task.setFollowUp(LocalDate.now().plusDays(3).toString());
        assertThat(task.handOverExpectingError("iemand-die-niet-bestaat", "Er is geen account"))
                .contains("geen account");
        tasks = task.handOverTo(Users.SECOND_SCREENER);
        tasks.search(number);
        assertThat(tasks.ideaNumbers()).containsExactly(number);
        tasks.logout();

        TaskListPage colleague = LoginPage.open(driver, base).loginAsCivilServant(Users.SECOND_SCREENER,
                DemoData.PASSWORD);
        TaskPage handedOver = colleague.openTask(number, SCREENING);
        assertThat(handedOver.heading()).contains(number);
    }

    @Test
    void twoScreenersAssessByCriterionAndManagementSeesTheWeightedScore() {
        MyIdeasPage partner = LoginPage.open(driver, base).loginAsPartner(Users.PARTNER, DemoData.PASSWORD);
        String number = partner.fill("Groene daken op bedrijventerrein " + suffix(),
                "Sedumdaken die regenwater bufferen.", "Energietransitie").submit();
        partner.logout();

        TaskListPage screener = LoginPage.open(driver, base).loginAsCivilServant(Users.SCREENER, DemoData.PASSWORD);
        screener.claim(number).open(number).decide(TaskListPage.SHORTLIST, null).complete("vastgelegd");
        TaskPage assessment = screener.awaitTask(number, ASSESSMENT).openTask(number, ASSESSMENT);
        assertThat(assessment.criteriaCount()).isGreaterThanOrEqualTo(3);
        assertThat(assessment.submitExpectingError("assessment-form", "Geef een score")).contains("score");
        Browser.screenshot(driver, "23-screener-assessment-scores-required");
        Accessibility.check(driver, "23-screener-assessment-scores-required");
        TaskListPage afterwards = assessment.scoreEveryCriterion(4, "Sterk idee, goed uitvoerbaar.")
                .submit("assessment-form", "beoordeling");
        // the second assessment is not offered to her: the list says why
        assertThat(afterwards.search(number).exclusionOf(number, ASSESSMENT))
                .isEqualTo("U hebt dit idee al beoordeeld; een collega doet de volgende beoordeling.");
        screener.logout();

        TaskListPage second = LoginPage.open(driver, base).loginAsCivilServant(Users.SECOND_SCREENER,
                DemoData.PASSWORD);
        second.openTask(number, ASSESSMENT).scoreEveryCriterion(2, null).submit("assessment-form", "beoordeling");
        second.logout();

        TaskListPage management = LoginPage.open(driver, base).loginAsCivilServant(Users.MANAGEMENT,
                DemoData.PASSWORD);
        TaskPage selection = management.awaitTask(number, SELECTION).openTask(number, SELECTION);
        assertThat(selection.whatIsDecided()).contains("Gewogen score").contains("3,00")
                .contains(Users.SCREENER).contains("Sterk idee");
        Browser.screenshot(driver, "24-management-selection-with-scores");
        Accessibility.check(driver, "24-management-selection-with-scores");

        // the reports count this idea among the shortlisted and show the screening's lead time on the diagram
        ReportsPage reports = ReportsPage.openFromMenu(driver);
        assertThat(reports.funnelCount("shortlisted")).isPositive();
        assertThat(reports.stepsWithLeadTimes()).contains("screenIdea", "assessIdea");
        assertThat(reports.heatFigures()).isNotEmpty().allMatch(figure -> figure.endsWith(" d"));
        // the demo programme's past: its ideas answered ownership proposals
        assertThat(reports.serviceFigure("answer-time")).matches("[0-9]+,[0-9]");
        // no figure contradicts another: a share of insights, never above 100 %; every proposal accounted for once
        assertThat(reports.funnelConversion("converted")).matches("([0-9]|[1-9][0-9]|100)(,[0-9])? %");
        assertThat(reports.funnelConversion("ideas")).isEmpty();
        assertThat(reports.funnelCount("converted")).isLessThanOrEqualTo(reports.funnelCount("insights"));
        assertThat(reports.funnelDefinition("ideas")).startsWith("Alle ideeën die in de periode zijn ingediend");
        assertThat(reports.serviceCount("owner-proposals")).isPositive().isEqualTo(reports.serviceCount("accepted")
                + reports.serviceCount("declined") + reports.serviceCount("lapsed") + reports.serviceCount("waiting"));
        assertThat(reports.serviceDefinition("owner-proposals")).contains("aanvaard + afgewezen + verlopen");
        assertThat(reports.charts()).contains("funnel-chart", "workload-chart", "perspective-chart");
        assertThat(reports.scrollsSideways()).as("the page wider than the window").isFalse();
        Browser.screenshot(driver, "41-management-reports");
        Accessibility.check(driver, "41-management-reports");

        // a period that ends before it starts: the message says what is wrong, beside the end date
        assertThat(reports.showPeriodExpectingError("2026-06-01", "2026-05-01")).singleElement().asString()
                .isEqualTo("De einddatum ligt voor de begindatum: kies een einddatum op of na de begindatum.");
    }

    @Test
    void roleHolderSeesConflictingRolesMustJustifyThemAndManagementSeesTheProposal() {
        String number = IdeaFixtures.ideaWaitingAt(base, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE, Users.PARTNER,
                "Rol van de gemeente gezocht");
        TaskListPage roleHolder = LoginPage.open(driver, base).loginAsCivilServant(Users.ROLE_HOLDER,
                DemoData.PASSWORD);
        TaskPage proposal = roleHolder.openTask(number, ROLE_PROPOSAL);
        proposal.chooseRoles("Financier", "Vergunningverlener");
        assertThat(proposal.conflictWarnings()).hasSize(1).first().asString()
                .contains("Financier").contains("Vergunningverlener");
        proposal.describeRole("Economische Zaken", "Subsidie en begeleiding bij de vergunning.",
                "De gemeente wil de realisatie versnellen.", null);
        assertThat(proposal.submitExpectingError("role-form", "verantwoord")).contains("botst");
        // beside the justification it asks for, which is marked invalid and has the keyboard's focus
        assertThat(proposal.messagesBeside("role-form:justification")).singleElement().asString().contains("botst");
        assertThat(proposal.awaitFocusOn("role-form:justification").isInvalid("role-form:justification")).isTrue();
        Browser.screenshot(driver, "25-role-holder-conflict-warning");
        Accessibility.check(driver, "25-role-holder-conflict-warning");
        proposal.describeRole("Economische Zaken", "Subsidie en begeleiding bij de vergunning.",
                "De gemeente wil de realisatie versnellen.",
                "Subsidie en vergunning liggen bij verschillende teams; de vergunning volgt de gewone toets.")
                .submit("role-form", "voorgesteld");
        roleHolder.logout();

        TaskListPage management = LoginPage.open(driver, base).loginAsCivilServant(Users.MANAGEMENT,
                DemoData.PASSWORD);
        TaskPage approval = management.awaitTask(number, ROLE_APPROVAL).openTask(number, ROLE_APPROVAL);
        assertThat(approval.whatIsDecided()).contains("Financier").contains("Economische Zaken")
                .contains("botsen").contains("verschillende teams").contains(Users.ROLE_HOLDER);
        // the idea's timeline tells management who proposed the role
        assertThat(approval.context().timeline()).contains("Rol van de gemeente voorgesteld");
        Browser.screenshot(driver, "26-management-role-approval");
        Accessibility.check(driver, "26-management-role-approval");
    }

    @Test
    void ownerElaboratesThePlanAndReportsCompletionAndTheScreenerApprovesAndConfirms() {
        String number = IdeaFixtures.ideaWaitingAt(base, IdeaLifecycle.ELABORATE_IDEA, Users.THIRD_PARTNER,
                "Coöperatief zonnefonds voor huurders");
        MyIdeasPage owner = LoginPage.open(driver, base).loginAsPartner(Users.THIRD_PARTNER, DemoData.PASSWORD);
        ElaborationPage elaboration = owner.openElaboration(number);
        elaboration.writePlan("Huurders profiteren van zonnestroom.", "Een fonds per wijk, beheerd door de corporatie.",
                "25000");
        assertThat(elaboration.submitForReview("mijlpaal")).contains("minstens één mijlpaal");
        assertThat(elaboration.addMilestoneExpectingError("Start", LocalDate.now().minusDays(3).toString(),
                "verleden")).contains("verleden");
        // refused by the boundary's validation, shown beside the date although the field's id is not the property's
        assertThat(elaboration.messagesBeside("milestone-form:milestone-date"))
                .singleElement().asString().contains("Een nieuwe mijlpaal ligt niet in het verleden.");
        elaboration.addMilestone("Eerste wijk aangesloten", LocalDate.now().plusMonths(4).toString());
        assertThat(elaboration.milestones()).singleElement().asString().startsWith("Eerste wijk aangesloten");
        elaboration.addMilestone("Alle wijken aangesloten", LocalDate.now().plusMonths(8).toString());
        // before handing the plan in, a milestone is changed or taken out again
        elaboration.addMilestone("Tijdelijke mijlpaal", LocalDate.now().plusMonths(2).toString())
                .removeMilestone("Tijdelijke mijlpaal")
                .changeMilestone("Alle wijken", "Alle drie de wijken aangesloten",
                        LocalDate.now().plusMonths(9).toString());
        assertThat(elaboration.milestones()).hasSize(2).first().asString().startsWith("Eerste wijk aangesloten");
        assertThat(elaboration.milestones().get(1)).startsWith("Alle drie de wijken aangesloten");
        Browser.screenshot(driver, "27-partner-elaboration-plan");
        Accessibility.check(driver, "27-partner-elaboration-plan");
        assertThat(elaboration.submitForReview("ingediend")).contains(number);
        assertThat(elaboration.elaborationStatus()).isEqualTo("Ingediend ter beoordeling");
        owner.logout();

        TaskListPage screener = LoginPage.open(driver, base).loginAsCivilServant(Users.SCREENER, DemoData.PASSWORD);
        TaskPage review = screener.awaitTask(number, REVIEW).openTask(number, REVIEW);
        assertThat(review.whatIsDecided()).contains("Huurders profiteren").contains("Eerste wijk aangesloten")
                // what the municipality commits to by approving, also what the owner left empty
                .contains("Benodigde begroting (euro)\n25.000").contains("Betrokken partners\nNiet ingevuld")
                .contains("Vraag aan de gemeente\nNiet ingevuld");
        // no decision chosen: the translated message, beside the choice
        assertThat(review.submitExpectingError("decision-form", "Kies een besluit")).contains("Kies een besluit.");
        Browser.screenshot(driver, "28-screener-reviews-elaboration");
        Accessibility.check(driver, "28-screener-reviews-elaboration");
        // stopping ends the idea: asked first; cancelling leaves the choice for the reviewer to change
        ConfirmDialog stopping = review.choose("decision-form", 2).submitAsked("decision-form");
        assertThat(stopping.title()).isEqualTo("Definitief besluit");
        assertThat(stopping.message()).startsWith("De uitwerking stopt en het idee wordt niet gerealiseerd.");
        assertThat(stopping.focusedText()).isEqualTo("Annuleren");
        stopping.dismissWithEscape();
        review.choose("decision-form", 0);
        assertThat(review.submitUnasked("decision-form", "vastgelegd")).isNotNull();
        screener.logout();

        MyIdeasPage realising = LoginPage.open(driver, base).loginAsPartner(Users.THIRD_PARTNER, DemoData.PASSWORD);
        ElaborationPage progress = realising.openElaboration(number);
        // the owner writes and reports with the municipality's approved role in view
        assertThat(progress.municipalRole()).contains("Rol van de gemeente")
                .contains("Verbinder (netwerkende overheid)").contains("Economische zaken");
        // what the owner entered for a milestone stays as entered, beside the whole's figure that follows from it
        assertThat(progress.reportProgressOn("Eerste wijk aangesloten", "60", "De eerste wijk is bijna rond.")
                .progressLog()).anySatisfy(entry -> assertThat(entry).contains("De eerste wijk is bijna rond.")
                        .contains("Mijlpaal \u201cEerste wijk aangesloten\u201d: 60% \u00b7 het geheel: 30%"));
        progress.reportProgress("80", "Twee van de drie wijken doen mee.");
        assertThat(progress.reportCompletionExpectingError(" ", "Beschrijf wat er is gerealiseerd")).isNotEmpty();
        Browser.screenshot(driver, "29-partner-reports-completion");
        Accessibility.check(driver, "29-partner-reports-completion");
        assertThat(progress.reportCompletion("Alle drie de wijken hebben een eigen zonnefonds.")).contains(number);
        realising.logout();

        TaskListPage again = LoginPage.open(driver, base).loginAsCivilServant(Users.SCREENER, DemoData.PASSWORD);
        TaskPage confirmation = again.awaitTask(number, CONFIRMATION).openTask(number, CONFIRMATION);
        assertThat(confirmation.whatIsDecided()).contains("100%").contains("Alle drie de wijken");
        confirmation.choose("decision-form", 0).submit("decision-form", "vastgelegd");
        again.logout();

        MyIdeasPage done = LoginPage.open(driver, base).loginAsPartner(Users.THIRD_PARTNER, DemoData.PASSWORD);
        assertThat(done.statusOf(number)).isEqualTo("Afgerond");
        // the owner reads the municipality's approved role on the idea's page
        IdeaPage ideaPage = done.openIdea(number);
        assertThat(ideaPage.heading()).startsWith(number + ": Coöperatief zonnefonds voor huurders");
        assertThat(ideaPage.municipalRole()).contains("Rol van de gemeente")
                .contains("Verbinder (netwerkende overheid), Facilitator (responsieve overheid)")
                .contains("Economische zaken").contains("Brengt partners samen");
        // and the plan the municipality approved, with what it asked of the municipality
        assertThat(ideaPage.ownersPlan()).contains("Plan van de eigenaar").contains("Goedgekeurd")
                .contains("Benodigde begroting (euro)\n25.000").contains("Eerste wijk aangesloten");
        // the timeline tells when the municipality assessed the idea and approved its role, not how it deliberated
        assertThat(ideaPage.timeline()).contains("Beoordeeld door de gemeente", "Rol van de gemeente goedgekeurd")
                .doesNotContain("Rol van de gemeente voorgesteld");
        Browser.screenshot(driver, "29a-owner-reads-the-municipal-role");
        Accessibility.check(driver, "29a-owner-reads-the-municipal-role");
    }

    @Test
    void managementDecidesOnASessionsShortlistAtOnceAndAParkingNeedsAReason() {
        String first = IdeaFixtures.sessionIdeaWaitingAt(base, IdeaLifecycle.DECIDE_SELECTION, Users.PARTNER,
                "Tweedaagse", "Eerste op de korte lijst");
        String second = IdeaFixtures.sessionIdeaWaitingAt(base, IdeaLifecycle.DECIDE_SELECTION, Users.PARTNER,
                "Tweedaagse", "Tweede op de korte lijst");
        TaskListPage management = LoginPage.open(driver, base).loginAsCivilServant(Users.MANAGEMENT,
                DemoData.PASSWORD);
        SessionSelectionPage selection = management.openSessionSelection().showSession("Tweedaagse");
        // the session's shortlisted ideas wait for the decision once their scores are summarised
        List<String> waiting = selection.ideaNumbers();
        assertThat(waiting).contains(first, second);
        int row = waiting.indexOf(first);

        assertThat(selection.decide(row, "Geparkeerd", null).submit("toelichting")).contains(first);
        Browser.screenshot(driver, "34-management-session-selection");
        Accessibility.check(driver, "34-management-session-selection");
        assertThat(selection.decide(row, "Geselecteerd", null).submit("vastgelegd")).contains("1 idee ");
        assertThat(selection.ideaNumbers()).doesNotContain(first).contains(second).hasSize(waiting.size() - 1);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
