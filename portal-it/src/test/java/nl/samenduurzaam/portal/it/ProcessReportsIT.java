package nl.samenduurzaam.portal.it;

import jakarta.ejb.EJBAccessException;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.it.support.PortalDeployment;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

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

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTestClasses(ProcessReportsIT.class);
    }

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
                .isEqualTo(new OwnershipAndEscalation(0, 0, 0, 0, 0));
        FunnelReport funnel = programmeReports.funnel(ofTheme);
        assertThat(funnel.stages()).extracting(FunnelReport.Stage::key, FunnelReport.Stage::count).containsExactly(
                tuple("insights", 0L), tuple("ideas", 3L),
                tuple("shortlisted", 2L),
                tuple("selected", 0L),
                tuple("in-elaboration", 0L),
                tuple("realised", 0L));
        assertThat(funnel.stages().get(2).conversionPercent()).isCloseTo(66.67, offset(0.01));
        assertThat(funnel.sideExits()).containsEntry(IdeaStatus.NOT_PURSUED, 1L).containsEntry(IdeaStatus.PARKED, 0L);

        List<StepLeadTime> leadTimes = processReports.leadTimes(ofTheme);
        assertThat(leadTimes).singleElement().satisfies(step -> {
            assertThat(step.activityId()).isEqualTo(IdeaLifecycle.SCREEN_IDEA);
            assertThat(step.count()).isEqualTo(3);
            assertThat(step.median()).isEqualTo(Duration.ofDays(2));
            // linear interpolation between 2 and 9 days at 0.9 * (3 - 1) = 1.8: 2 + 0.8 * 7 = 7.6 days
            assertThat(step.p90()).isEqualTo(Duration.ofMinutes(Math.round(7.6 * 1440)));
        });

        ReportDocument document = documents.of(funnel, leadTimes, "Opgave: Rapportageproef");
        List<String> csv = List.of(new String(exports.csv(document), StandardCharsets.UTF_8).split("\r\n"));
        assertThat(csv.get(0)).isEqualTo("\uFEFFRapportages over het programma");
        assertThat(csv).contains("Opgave: Rapportageproef", "Ideeën;3;", "Kansrijk;2;66,7", "Niet weerhouden;1;",
                "Idee screenen;3;2,0;7,6");

        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(document)))) {
            Sheet lead = excel.getSheet("Doorlooptijd per stap");
            assertThat(lead.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Opgave: Rapportageproef");
            Row screening = lead.getRow(4);
            assertThat(screening.getCell(0).getStringCellValue()).isEqualTo("Idee screenen");
            assertThat(screening.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(screening.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(screening.getCell(3).getNumericCellValue()).isEqualTo(7.6);
        }

        PdfReader pdf = new PdfReader(exports.pdf(document));
        String text = new PdfTextExtractor(pdf).getTextFromPage(1);
        pdf.close();
        assertThat(text).contains("Rapportages over het programma", "Opgave: Rapportageproef", "Idee screenen",
                "7,6", "Kansrijk", "66,7");
        assertThat(processReports.leadTimes(new ReportFilter(null, null, theme, Long.MAX_VALUE))).isEmpty();

        Users.loginAs(Users.PARTNER);
        assertThatThrownBy(() -> programmeReports.funnel(ofTheme)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> processReports.leadTimes(ofTheme)).isInstanceOf(EJBAccessException.class);
    }

    private void screenAfter(IdeaSummary idea, Duration after, ScreeningForm.Decision decision, String reason) {
        ClockUtil.setCurrentTime(Date.from(START.plus(after)));
        TaskSummary task = tasks.search(new TaskQuery(TaskQuery.Scope.ALL, IdeaLifecycle.SCREEN_IDEA, idea.number(),
                null, null, false, null, TaskQuery.Sort.CREATED, true, 0, 10)).items().get(0);
        tasks.completeScreening(task.taskId(), new ScreeningForm(decision, reason));
    }
}
