package nl.samenduurzaam.portal.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import nl.samenduurzaam.portal.idea.boundary.IdeasFromInsights;
import nl.samenduurzaam.portal.idea.boundary.InsightConversion;
import nl.samenduurzaam.portal.insight.boundary.InsightCapture;
import nl.samenduurzaam.portal.insight.boundary.Insights;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import nl.samenduurzaam.portal.it.support.SessionPlanner;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.report.boundary.RoleMix;
import nl.samenduurzaam.portal.role.boundary.RoleProposalForm;
import nl.samenduurzaam.portal.role.entity.NsobPerspective;
import nl.samenduurzaam.workflow.idea.boundary.IdeaWorkflow;
import nl.samenduurzaam.workflow.idea.boundary.StepRecord;
import nl.samenduurzaam.workflow.task.boundary.DecisionForm;
import nl.samenduurzaam.workflow.task.boundary.TaskDecision;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.it.support.TaskDriver;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.report.boundary.FunnelReport;
import nl.samenduurzaam.portal.report.boundary.OwnershipAndEscalation;
import nl.samenduurzaam.portal.report.boundary.ProgrammeReports;
import nl.samenduurzaam.portal.report.boundary.ReportFilter;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.portal.web.report.ReportDocument;
import nl.samenduurzaam.portal.web.report.ReportDocuments;
import nl.samenduurzaam.portal.web.report.ReportExports;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.report.boundary.OverdueTasks;
import nl.samenduurzaam.workflow.report.boundary.ProcessReports;
import nl.samenduurzaam.workflow.report.boundary.ReportResults;
import nl.samenduurzaam.workflow.report.boundary.StepLeadTime;
import nl.samenduurzaam.workflow.report.boundary.Workload;
import nl.samenduurzaam.workflow.task.boundary.ScreeningForm;
import nl.samenduurzaam.workflow.task.boundary.TaskQuery;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The process reports on known paths with a controlled engine clock: three ideas of a theme of their own are
 * screened after 1, 2 and 9 days; the reports and their exports (CSV parsed back, Excel read back with POI, PDF text
 * extracted) must show exactly those counts, the median and the p90.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessReportsIT {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @Inject
    private Themes themes;

    @Inject
    private Ideas ideas;

    @Inject
    private Tasks tasks;

    @Inject
    private ProgrammeReports programmeReports;

    @Inject
    private ProcessReports processReports;

    @Inject
    private ReportDocuments documents;

    @Inject
    private ReportExports exports;

    @Inject
    private Accounts accounts;

    @Inject
    private SessionPlanner sessionPlanner;

    @Inject
    private Sessions sessions;

    @Inject
    private Insights insights;

    @Inject
    private IdeasFromInsights ideasFromInsights;

    @Inject
    private Assessments assessments;

    @Inject
    private TaskDriver driver;

    @Inject
    private IdeaWorkflow workflow;

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void theFunnelAndTheLeadTimesOfKnownPathsAreExactOnScreenAndInEveryExport() throws IOException {
        Users.loginAs(Users.ADMIN);
        String code = "REPORT_" + Long.toString(System.nanoTime(), 36).toUpperCase().replaceAll("[^A-Z]", "X");
        long theme = themes.add(code, "Rapportageproef", "Report trial").id();

        ClockUtil.setCurrentTime(Date.from(START));
        Users.loginAs(Users.PARTNER);
        IdeaSummary quick = ideas.submit(new IdeaSubmission("Snel gescreend", "Een dag", theme));
        IdeaSummary middle = ideas.submit(new IdeaSubmission("Gemiddeld gescreend", "Twee dagen", theme));
        IdeaSummary slow = ideas.submit(new IdeaSubmission("Traag gescreend", "Negen dagen", theme));

        // before the escalation after ten days, so that nothing but the screening happens
        Users.loginAs(Users.SCREENER);
        screenAfter(quick, Duration.ofDays(1), ScreeningForm.Decision.SHORTLIST, null);
        screenAfter(middle, Duration.ofDays(2), ScreeningForm.Decision.SHORTLIST, null);
        screenAfter(slow, Duration.ofDays(9), ScreeningForm.Decision.NOT_PURSUED, "Valt buiten de opgave");

        Users.loginAs(Users.MANAGEMENT);
        ReportFilter ofTheme = new ReportFilter(null, null, theme, null);

        // still on day 9: the four assessment tasks (two ideas, two screeners each) are open, none overdue yet;
        // the screener completed two screenings in the week of 2 March and one in the week of 9 March
        assertThat(processReports.overdue(ofTheme)).containsExactly(
                new OverdueTasks("screener", IdeaLifecycle.ASSESS_IDEA, 4, 0));
        Workload workload = processReports.workload(ofTheme);
        assertThat(workload.groups()).containsExactly(new Workload.GroupLoad("screener", 4, 0));
        assertThat(workload.weeks()).last().isEqualTo(java.time.LocalDate.parse("2026-03-09"));
        assertThat(workload.people()).containsExactly(
                new Workload.PersonLoad(Users.SCREENER, 0, List.of(0L, 0L, 2L, 1L)));
        ClockUtil.reset();
        assertThat(processReports.overdue(ofTheme)).containsExactly(
                new OverdueTasks("screener", IdeaLifecycle.ASSESS_IDEA, 4, 4));
        assertThat(programmeReports.roleMix(ofTheme).approved()).isZero();
        assertThat(programmeReports.ownershipAndEscalation(ofTheme))
                .isEqualTo(new OwnershipAndEscalation(0, 0, 0, 0, 0, 0));
        FunnelReport funnel = programmeReports.funnel(ofTheme);
        assertThat(funnel.stages()).extracting(FunnelReport.Stage::key, FunnelReport.Stage::count).containsExactly(
                tuple("insights", 0L), tuple("converted", 0L), tuple("ideas", 3L),
                tuple("shortlisted", 2L),
                tuple("selected", 0L),
                tuple("in-elaboration", 0L),
                tuple("realised", 0L));
        assertThat(funnel.stages().get(2).conversionPercent()).isNull();
        assertThat(funnel.stages().get(3).conversionPercent()).isCloseTo(66.67, offset(0.01));
        assertThat(funnel.sideExits()).containsEntry(IdeaStatus.NOT_PURSUED, 1L).containsEntry(IdeaStatus.PARKED, 0L);

        List<StepLeadTime> leadTimes = processReports.leadTimes(ofTheme);
        assertThat(leadTimes).singleElement().satisfies(step -> {
            assertThat(step.activityId()).isEqualTo(IdeaLifecycle.SCREEN_IDEA);
            assertThat(step.count()).isEqualTo(3);
            assertThat(step.median()).isEqualTo(Duration.ofDays(2));
            // linear interpolation between 2 and 9 days at 0.9 * (3 - 1) = 1.8: 2 + 0.8 * 7 = 7.6 days
            assertThat(step.p90()).isEqualTo(Duration.ofMinutes(Math.round(7.6 * 1440)));
        });

        ReportDocument document = documents.of(new ReportResults(funnel, leadTimes,
                processReports.overdue(ofTheme), programmeReports.ownershipAndEscalation(ofTheme), workload,
                programmeReports.roleMix(ofTheme), processReports.latestModel()), "Opgave: Rapportageproef");
        List<String> csv = csvLines(document);
        assertThat(csv.get(0)).isEqualTo("\uFEFFRapportages over het programma");
        assertThat(csv).contains("Ideeën;3;;Alle ideeën die in de periode zijn ingediend, uit een sessie of "
                        + "rechtstreeks door een partner. Een nieuwe basis, daarom zonder percentage.",
                "Niet weerhouden;1;;Ingediende ideeën die nu deze status hebben en de hoofdroute hebben verlaten.");
        assertThat(csv).contains("Opgave: Rapportageproef", "Idee screenen;3;2,0;7,6",
                "Beoordelaars;Idee beoordelen;4;4", "Beoordelaars;4;0",
                "Persoon;Heeft nu;Afgerond week van 2026-02-16;Afgerond week van 2026-02-23;"
                        + "Afgerond week van 2026-03-02;Afgerond week van 2026-03-09",
                "beoordelaar;0;0;0;2;1", "Vastgestelde rollen;0");
        assertThat(csv).anyMatch(line -> line.startsWith("Kansrijk;2;66,7;Ingediende ideeën die kansrijk"))
                .anyMatch(line -> line.startsWith("Escalaties naar de programmamanager;0;Hoe vaak"))
                .anyMatch(line -> line.startsWith("Aanvaard van de beantwoorde voorstellen (%);;Aanvaard gedeeld"));

        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(document)))) {
            Sheet lead = excel.getSheet("Doorlooptijd per stap");
            assertThat(lead.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Opgave: Rapportageproef");
            Row screening = lead.getRow(4);
            assertThat(screening.getCell(0).getStringCellValue()).isEqualTo("Idee screenen");
            assertThat(screening.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(screening.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(screening.getCell(3).getNumericCellValue()).isEqualTo(7.6);
            Row overdue = excel.getSheet("Termijnen en escalaties").getRow(4);
            assertThat(overdue.getCell(1).getStringCellValue()).isEqualTo("Idee beoordelen");
            assertThat(overdue.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            Row person = excel.getSheet("Werkvoorraad per persoon").getRow(4);
            assertThat(person.getCell(0).getStringCellValue()).isEqualTo(Users.SCREENER);
            assertThat(person.getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(person.getCell(5).getNumericCellValue()).isEqualTo(1.0);
        }

        assertThat(pdfText(document)).contains("Rapportages over het programma", "Opgave: Rapportageproef",
                "Idee screenen", "7,6", "Kansrijk", "66,7", "Termijnen en escalaties", "Werkvoorraad per persoon",
                "Rol van de gemeente");
        assertThat(processReports.leadTimes(new ReportFilter(null, null, theme, Long.MAX_VALUE))).isEmpty();

        Users.loginAs(Users.PARTNER);
        assertThatThrownBy(() -> programmeReports.funnel(ofTheme)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> processReports.leadTimes(ofTheme)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void ownershipAnswersAndTheRoleMixOfTwoIdeasAreExactOnScreenAndInEveryExport() throws IOException {
        Users.loginAs(Users.ADMIN);
        String code = "ROLES_" + Long.toString(System.nanoTime(), 36).toUpperCase().replaceAll("[^A-Z]", "X");
        long theme = themes.add(code, "Rollenproef", "Role trial").id();
        Users.loginAs(Users.PARTNER);
        long partnerOrganisation = accounts.myOrganisation().id();

        ClockUtil.setCurrentTime(Date.from(START));
        IdeaSummary connecting = ideas.submit(new IdeaSubmission("Verbinden", "De gemeente verbindt", theme));
        IdeaSummary funding = ideas.submit(new IdeaSubmission("Financieren", "De gemeente financiert", theme));
        for (IdeaSummary idea : List.of(connecting, funding)) {
            Users.loginAs(Users.SCREENER);
            tasks.completeScreening(driver.taskFor(idea, IdeaLifecycle.SCREEN_IDEA),
                    new ScreeningForm(ScreeningForm.Decision.SHORTLIST, null));
            driver.assess(idea, Users.SCREENER, 4);
            driver.assess(idea, Users.SECOND_SCREENER, 4);
            Users.loginAs(Users.MANAGEMENT);
            tasks.decide(driver.awaitTask(idea, IdeaLifecycle.DECIDE_SELECTION),
                    new DecisionForm(TaskDecision.SELECTED, null));
            Users.loginAs(Users.PROGRAMME_MANAGER);
            tasks.proposeOwner(driver.taskFor(idea, IdeaLifecycle.PROPOSE_OWNER), partnerOrganisation);
        }
        // the organisation answers after three and after five days: a median answer time of four days
        Users.loginAs(Users.PARTNER);
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(3))));
        tasks.decide(driver.taskFor(connecting, IdeaLifecycle.ACCEPT_OWNERSHIP),
                new DecisionForm(TaskDecision.ACCEPT, null));
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(5))));
        tasks.decide(driver.taskFor(funding, IdeaLifecycle.ACCEPT_OWNERSHIP),
                new DecisionForm(TaskDecision.ACCEPT, null));

        Users.loginAs(Users.ROLE_HOLDER);
        tasks.proposeMunicipalRole(driver.taskFor(connecting, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE),
                new RoleProposalForm("CONNECTOR", Set.of("FACILITATOR"), "Economische zaken", "Brengt partners samen",
                "Het idee vraagt vooral netwerk", null));
        tasks.proposeMunicipalRole(driver.taskFor(funding, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE), new RoleProposalForm(
                "FUNDER", Set.of("REGULATOR"), "Financien", "Subsidie van 50.000 euro",
                "Zonder startgeld komt het niet van de grond", "Vergunning wordt door een ander team getoetst"));
        Users.loginAs(Users.MANAGEMENT);
        for (IdeaSummary idea : List.of(connecting, funding)) {
            tasks.decide(driver.taskFor(idea, IdeaLifecycle.APPROVE_MUNICIPAL_ROLE),
                    new DecisionForm(TaskDecision.APPROVE_ROLE, null));
        }

        ReportFilter ofTheme = new ReportFilter(null, null, theme, null);
        RoleMix mix = programmeReports.roleMix(ofTheme);
        assertThat(mix.approved()).isEqualTo(2);
        assertThat(mix.conflicting()).isEqualTo(1);
        assertThat(mix.roles()).filteredOn(role -> role.ideas() > 0)
                .extracting(RoleMix.RoleCount::code, RoleMix.RoleCount::ideas).containsExactly(
                        tuple("FACILITATOR", 1L), tuple("CONNECTOR", 1L), tuple("FUNDER", 1L),
                        tuple("REGULATOR", 1L));
        assertThat(mix.perspectives()).containsExactlyInAnyOrderEntriesOf(Map.of(
                NsobPerspective.LAWFUL, 0L, NsobPerspective.PERFORMING, 1L, NsobPerspective.NETWORKING, 1L,
                NsobPerspective.RESPONSIVE, 0L));
        OwnershipAndEscalation service = programmeReports.ownershipAndEscalation(ofTheme);
        assertThat(service).isEqualTo(new OwnershipAndEscalation(0, 2, 2, 0, 0, 0));
        assertThat(service.acceptancePercent()).isEqualTo(100.0);
        ReportResults results = processReports.all(ofTheme);
        assertThat(results.roleMix()).isEqualTo(mix);
        assertThat(results.service()).isEqualTo(service);
        assertThat(results.ownershipAnswerTime()).hasValueSatisfying(step -> {
            assertThat(step.count()).isEqualTo(2);
            assertThat(step.median()).isEqualTo(Duration.ofDays(4));
        });
        assertThat(results.funnel().stages()).extracting(FunnelReport.Stage::count)
                .containsExactly(0L, 0L, 2L, 2L, 2L, 0L, 0L);

        ReportDocument document = documents.of(results, "Opgave: Rollenproef");
        assertThat(csvLines(document)).contains("Verbinder;1", "Facilitator;1", "Financier;1",
                "Vergunningverlener, toezichthouder;1", "Vastgestelde rollen;2",
                "Voorstellen met botsende (verantwoorde) rollen;1", "netwerkende overheid;1",
                "presterende overheid;1", "rechtmatige overheid;0",
                "Aanvaard;2;Voorstellen die de voorgestelde organisatie heeft aanvaard: zij werd eigenaar.")
                .anyMatch(line -> line.startsWith("Voorstellen voor eigenaarschap;2;\"Elk voorstel"))
                .anyMatch(line -> line.startsWith("Aanvaard van de beantwoorde voorstellen (%);100,0;"))
                .anyMatch(line -> line.startsWith("Mediane tijd tot het antwoord op een voorstel (dagen);4,0;"));
        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(document)))) {
            Row conflicting = excel.getSheet("Rol van de gemeente").getRow(9);
            assertThat(conflicting.getCell(0).getStringCellValue())
                    .isEqualTo("Voorstellen met botsende (verantwoorde) rollen");
            assertThat(conflicting.getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
        assertThat(pdfText(document)).contains("Verbinder", "Financier", "netwerkende overheid",
                "Mediane tijd tot het antwoord op een voorstel (dagen)", "4,0");
    }

    /**
     * The figures that contradicted themselves: insights to ideas above 100 % (ideas submitted directly counted as
     * converted insights) and more proposals accepted than made. Three insights, two of them made into one idea, and
     * an idea submitted directly; one proposal declined and one waiting.
     */
    @Test
    void insightsTurnedIntoIdeasAndOwnershipProposalsAddUpAsTheirDefinitionsSay() {
        Users.loginAs(Users.ADMIN);
        String code = "FUNNEL_" + Long.toString(System.nanoTime(), 36).toUpperCase().replaceAll("[^A-Z]", "X");
        long theme = themes.add(code, "Trechterproef", "Funnel trial").id();
        String title = "Trechtersessie " + code;
        sessionPlanner.plan(title, code, true);
        Users.loginAs(Users.PARTNER);
        long partnerOrganisation = accounts.myOrganisation().id();
        Users.loginAs(Users.FACILITATOR);
        long session = sessions.all().stream().filter(candidate -> candidate.title().equals(title)).findFirst()
                .orElseThrow().id();
        sessions.moveTo(session, SessionStatus.RUNNING);
        List<Long> captured = new java.util.ArrayList<>();
        for (String text : List.of("Daken vol zonnepanelen", "Buren delen hun stroom", "Een wijkbatterij")) {
            captured.add(insights.capture(new InsightCapture(session, theme, text)).id());
        }
        IdeaSummary fromInsights = ideasFromInsights.convert(new InsightConversion(session,
                Set.of(captured.get(0), captured.get(1)), "Energiedelen in de wijk", "Uit twee inzichten", theme,
                partnerOrganisation));
        Users.loginAs(Users.PARTNER);
        IdeaSummary direct = ideas.submit(new IdeaSubmission("Rechtstreeks ingediend", "Zonder inzicht", theme));

        driver.walkTo(fromInsights, IdeaLifecycle.ACCEPT_OWNERSHIP, Users.PARTNER);
        driver.walkTo(direct, IdeaLifecycle.ACCEPT_OWNERSHIP, Users.PARTNER);
        Users.loginAs(Users.PARTNER);
        tasks.decide(driver.taskFor(direct, IdeaLifecycle.ACCEPT_OWNERSHIP),
                new DecisionForm(TaskDecision.DECLINE, "Geen capaciteit dit jaar"));

        Users.loginAs(Users.MANAGEMENT);
        ReportFilter ofTheme = new ReportFilter(null, null, theme, null);
        FunnelReport funnel = programmeReports.funnel(ofTheme);
        assertThat(funnel.stages()).extracting(FunnelReport.Stage::key, FunnelReport.Stage::count).containsExactly(
                tuple("insights", 3L), tuple("converted", 2L), tuple("ideas", 2L), tuple("shortlisted", 2L),
                tuple("selected", 2L), tuple("in-elaboration", 0L), tuple("realised", 0L));
        assertThat(funnel.stages()).extracting(FunnelReport.Stage::conversionPercent)
                .containsExactly(null, 200.0 / 3, null, 100.0, 100.0, 0.0, null);
        OwnershipAndEscalation service = programmeReports.ownershipAndEscalation(ofTheme);
        assertThat(service).isEqualTo(new OwnershipAndEscalation(0, 2, 0, 1, 0, 1));
        assertThat(service.acceptancePercent()).isEqualTo(0.0);

        List<String> csv = csvLines(documents.of(processReports.all(ofTheme), "Opgave: Trechterproef"));
        assertThat(csv).anyMatch(line -> line.startsWith("Inzichten;3;;"))
                .anyMatch(line -> line.startsWith("Omgezet in een idee;2;66,7;\"Van die inzichten"))
                .anyMatch(line -> line.startsWith("Ideeën;2;;"))
                .anyMatch(line -> line.startsWith("Voorstellen voor eigenaarschap;2;"))
                .anyMatch(line -> line.startsWith("Afgewezen;1;"))
                .anyMatch(line -> line.startsWith("Wacht op antwoord;1;"));
    }

    /** Over the demo programme and every test's ideas, no share passes 100 % and every proposal is accounted for. */
    @Test
    void noFigureContradictsAnotherOverAllIdeas() {
        Users.loginAs(Users.MANAGEMENT);
        ReportFilter everything = new ReportFilter(null, null, null, null);
        FunnelReport funnel = programmeReports.funnel(everything);
        assertThat(funnel.stages()).allSatisfy(stage -> assertThat(stage.conversionPercent())
                .as(stage.key()).satisfiesAnyOf(percent -> assertThat(percent).isNull(),
                        percent -> assertThat(percent).isBetween(0.0, 100.0)));
        OwnershipAndEscalation service = programmeReports.ownershipAndEscalation(everything);
        assertThat(service.ownerProposals()).isPositive().isEqualTo(
                service.accepted() + service.declined() + service.lapsed() + service.waiting());
    }

    @Test
    void theDemoProgrammesPastShowsInTheLeadTimesAndOnTheIdeasPages() {
        Users.loginAs(Users.MANAGEMENT);
        // the demo timelines run from June to October 2026; the other tests' ideas are of March or of today
        ReportFilter demoMonths = new ReportFilter(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-10-31"),
                null, null);
        List<StepLeadTime> leadTimes = processReports.leadTimes(demoMonths);
        assertThat(leadTimes).extracting(StepLeadTime::activityId).contains(IdeaLifecycle.SCREEN_IDEA,
                IdeaLifecycle.ASSESS_IDEA, IdeaLifecycle.DECIDE_SELECTION, IdeaLifecycle.PROPOSE_OWNER,
                IdeaLifecycle.ACCEPT_OWNERSHIP, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE,
                IdeaLifecycle.APPROVE_MUNICIPAL_ROLE, IdeaLifecycle.ELABORATE_IDEA, IdeaLifecycle.REVIEW_ELABORATION,
                IdeaLifecycle.REPORT_COMPLETION, IdeaLifecycle.CONFIRM_COMPLETION);
        assertThat(leadTimes).allSatisfy(step -> assertThat(step.median()).isPositive());
        Map<String, Long> counts = new HashMap<>();
        leadTimes.forEach(step -> counts.put(step.activityId(), step.count()));
        // two assessors per selected idea, as the process has them
        assertThat(counts.get(IdeaLifecycle.ASSESS_IDEA)).isEqualTo(2 * counts.get(IdeaLifecycle.DECIDE_SELECTION));

        String completed = ideas.numbersMatching("Energiecoach in elke wijk", null, null).get(0);
        assertThat(ideas.findByNumber(completed).status()).isEqualTo(IdeaStatus.COMPLETED);
        assertThat(workflow.history(completed)).extracting(StepRecord::activityId).containsSubsequence(
                IdeaLifecycle.SCREEN_IDEA, IdeaLifecycle.DECIDE_SELECTION, IdeaLifecycle.ACCEPT_OWNERSHIP,
                IdeaLifecycle.APPROVE_MUNICIPAL_ROLE, IdeaLifecycle.ELABORATE_IDEA, IdeaLifecycle.CONFIRM_COMPLETION);
        assertThat(workflow.page(completed).diagram()).satisfies(diagram ->
                assertThat(diagram.passedSteps()).contains(IdeaLifecycle.SCREEN_IDEA,
                        IdeaLifecycle.CONFIRM_COMPLETION));
    }

    private List<String> csvLines(ReportDocument document) {
        return List.of(new String(exports.csv(document), StandardCharsets.UTF_8).split("\r\n"));
    }

    private String pdfText(ReportDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(document))) {
            // a table cell wraps its text over lines: read it as the words it holds
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private void screenAfter(IdeaSummary idea, Duration after, ScreeningForm.Decision decision, String reason) {
        ClockUtil.setCurrentTime(Date.from(START.plus(after)));
        TaskSummary task = tasks.search(new TaskQuery(TaskQuery.Scope.ALL, IdeaLifecycle.SCREEN_IDEA, idea.number(),
                null, null, false, null, TaskQuery.Sort.CREATED, true, 0, 10)).items().get(0);
        tasks.completeScreening(task.taskId(), new ScreeningForm(decision, reason));
    }
}
