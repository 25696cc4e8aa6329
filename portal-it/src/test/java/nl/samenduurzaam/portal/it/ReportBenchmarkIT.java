package nl.samenduurzaam.portal.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.it.support.BenchmarkData;
import nl.samenduurzaam.portal.it.support.BenchmarkIdeas;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.report.boundary.FunnelReport;
import nl.samenduurzaam.portal.report.boundary.ProgrammeReports;
import nl.samenduurzaam.portal.report.boundary.ReportFilter;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.portal.web.report.ReportDocuments;
import nl.samenduurzaam.portal.web.report.ReportExports;
import nl.samenduurzaam.workflow.demo.EngineHistoryWriter;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.report.boundary.ProcessReports;
import nl.samenduurzaam.workflow.report.boundary.ReportResults;
import org.camunda.bpm.engine.RepositoryService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static nl.samenduurzaam.portal.it.support.BenchmarkData.count;
import static nl.samenduurzaam.portal.it.support.BenchmarkData.execute;

/**
 * The report benchmark, run by ./benchmark.sh and not by the test command: generates historic idea processes (ideas,
 * their timelines, the engine's process, activity and task history) straight into the database with JDBC batches,
 * then times every report three times and keeps the best. The figures go to the server's domain directory
 * (benchmark-reports.txt), which the command prints. It measures; it does not fail on a slow machine.
 */
@ExtendWith(ArquillianExtension.class)
class ReportBenchmarkIT {

    private static final int DEFAULT_PROCESSES = 100_000;
    private static final long FIRST_ID = 50_000_000L;
    private static final String[] PATH = {IdeaLifecycle.SCREEN_IDEA, IdeaLifecycle.ASSESS_IDEA,
            IdeaLifecycle.DECIDE_SELECTION, IdeaLifecycle.PROPOSE_OWNER, IdeaLifecycle.ACCEPT_OWNERSHIP,
            IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE, IdeaLifecycle.APPROVE_MUNICIPAL_ROLE, IdeaLifecycle.ELABORATE_IDEA,
            IdeaLifecycle.REVIEW_ELABORATION, IdeaLifecycle.REPORT_COMPLETION, IdeaLifecycle.CONFIRM_COMPLETION};
    private static final String[] STATUS_AFTER = {"SHORTLISTED", null, "SELECTED", null, "OWNERSHIP_ACCEPTED", null,
            "ROLE_ASSIGNED", "IN_ELABORATION", "IMPLEMENTING", null, "COMPLETED"};
    /** The typical hours of each step of PATH: waiting for a partner takes longer than a decision. */
    private static final int[] TYPICAL_HOURS = {60, 120, 48, 72, 240, 96, 48, 720, 120, 1500, 48};
    private static final String[] PEOPLE = {"beoordelaar", "beoordelaar2", "programmamanager", "rolhouder",
            "management", "afdelingshoofd"};

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private Themes themes;

    @Inject
    private ProgrammeReports programmeReports;

    @Inject
    private ProcessReports processReports;

    @Inject
    private ReportDocuments documents;

    @Inject
    private ReportExports exports;

    @Test
    void timesEveryReportOnAHundredThousandHistoricProcesses() throws Exception {
        int processes = BenchmarkData.wanted(DEFAULT_PROCESSES);
        List<String> lines = new ArrayList<>();
        long existing = count(dataSource, "select count(*) from idea where id >= " + FIRST_ID);
        if (existing == 0) {
            long started = System.nanoTime();
            generate(processes);
            // as a production database would have them: statistics for the planner (H2 and PostgreSQL alike)
            execute(dataSource, "analyze");
            lines.add(String.format("generated %,d historic idea processes in %.1f s", processes,
                    (System.nanoTime() - started) / 1e9));
        }
        lines.add(String.format("ideas: %,d, activity history rows: %,d, task history rows: %,d",
                count(dataSource, "select count(*) from idea"),
                count(dataSource, "select count(*) from ACT_HI_ACTINST"),
                count(dataSource, "select count(*) from ACT_HI_TASKINST")));

        Users.loginAs(Users.MANAGEMENT);
        ReportFilter everything = ReportFilter.everything();
        ReportFilter oneTheme = new ReportFilter(null, null, themes.all().get(0).id(), null);
        // warms the code paths up on another filter, so the first timed run measures the database, not the JIT
        ReportFilter lastWeek = new ReportFilter(LocalDate.now().minusDays(7), LocalDate.now(), null, null);
        exports.xlsx(documents.of(all(lastWeek), "warm-up"));
        exports.pdf(documents.of(all(lastWeek), "warm-up"));
        time(lines, "funnel, everything", () -> programmeReports.funnel(everything));
        time(lines, "funnel, one theme", () -> programmeReports.funnel(oneTheme));
        time(lines, "lead times, everything", () -> processReports.leadTimes(everything));
        time(lines, "lead times, one theme", () -> processReports.leadTimes(oneTheme));
        time(lines, "overdue tasks", () -> processReports.overdue(everything));
        time(lines, "workload", () -> processReports.workload(everything));
        time(lines, "role mix", () -> programmeReports.roleMix(everything));
        time(lines, "ownership and escalations", () -> programmeReports.ownershipAndEscalation(everything));
        // the exports on periods not asked for above, so that no database answers them from a cache
        ReportFilter lastYear = new ReportFilter(LocalDate.now().minusYears(1), LocalDate.now(), null, null);
        ReportFilter yearBefore = new ReportFilter(LocalDate.now().minusYears(2), LocalDate.now().minusYears(1),
                null, null);
        time(lines, "all reports, Excel, a year", () -> exports.xlsx(documents.of(all(lastYear), "benchmark")));
        time(lines, "all reports, PDF, a year", () -> exports.pdf(documents.of(all(yearBefore), "benchmark")));

        FunnelReport funnel = programmeReports.funnel(everything);
        lines.add(String.format("funnel: %s", funnel.stages().stream().map(stage -> stage.key() + " "
                + stage.count()).toList()));
        lines.add(String.format("lead times: %s", processReports.leadTimes(everything).stream().map(step ->
                step.activityId() + " n=" + step.count() + " median=" + step.median().toHours() + "h").toList()));

        BenchmarkData.report("benchmark-reports.txt", lines);
    }

    private ReportResults all(ReportFilter filter) {
        return processReports.all(filter);
    }

    /**
     * The first run of a report (the one a manager waits for: H2 answers a repeated identical query from its result
     * cache) and the best of two more.
     */
    private static void time(List<String> lines, String report, Supplier<?> run) {
        long first = 0;
        long best = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long started = System.nanoTime();
            run.get();
            long took = System.nanoTime() - started;
            if (attempt == 0) {
                first = took;
            } else {
                best = Math.min(best, took);
            }
        }
        lines.add(String.format("%-28s first %6d ms, then %6d ms", report, Duration.ofNanos(first).toMillis(),
                Duration.ofNanos(best).toMillis()));
    }

    private void generate(int processes) throws SQLException, IOException {
        String definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY).latestVersion().singleResult().getId();
        Random random = new Random(42);
        try (Connection connection = dataSource.getConnection()) {
            // one transaction per thousand processes: a commit per statement made H2's file grow by gigabytes
            connection.setAutoCommit(false);
            Instant first = Instant.now().minus(Duration.ofDays(730));
            try (BenchmarkIdeas ideas = new BenchmarkIdeas(connection);
                 PreparedStatement event = connection.prepareStatement("insert into idea_event (id, idea_id, "
                         + "occurred_at, actor, type, from_status, to_status) values (?, ?, ?, ?, ?, ?, ?)");
                 EngineHistoryWriter history = new EngineHistoryWriter(connection, definition)) {
                long eventId = FIRST_ID * 10;
                for (int n = 0; n < processes; n++) {
                    long ideaId = FIRST_ID + n;
                    String number = "BM-" + n;
                    String processId = "bm-" + n;
                    Instant submitted = first.plusSeconds(random.nextInt(700 * 86400));
                    // how far the idea gets: every step passes with a chance, the rest leaves the path
                    int steps = 1;
                    while (steps < PATH.length && random.nextDouble() < 0.82) {
                        steps++;
                    }
                    String status = "NOT_PURSUED";
                    Instant at = submitted;
                    event(event, eventId++, ideaId, at, "SUBMITTED", null, "SUBMITTED");
                    String previous = "SUBMITTED";
                    for (int step = 0; step < steps; step++) {
                        Instant end = at.plusMillis((long) (3_600_000L * TYPICAL_HOURS[step]
                                * (0.2 + random.nextExponential())));
                        history.completedTask(processId, PATH[step], PEOPLE[random.nextInt(PEOPLE.length)], at, end);
                        at = end;
                        if (STATUS_AFTER[step] != null) {
                            status = STATUS_AFTER[step];
                            event(event, eventId++, ideaId, at, "STATUS_CHANGED", previous, status);
                            previous = status;
                        }
                    }
                    if (!"COMPLETED".equals(status)) {
                        String exit = random.nextBoolean() ? "NOT_PURSUED" : "PARKED";
                        event(event, eventId++, ideaId, at, "STATUS_CHANGED", previous, exit);
                        status = exit;
                    }
                    ideas.add(ideaId, n, number, "Benchmarkidee " + n, "Gegenereerd voor de rapportagebenchmark.",
                            status, submitted, at);
                    history.endedProcess(processId, number, submitted, at);
                    if (n % 1000 == 999 || n == processes - 1) {
                        // ideas first: the timeline refers to them
                        ideas.flush();
                        event.executeBatch();
                        history.flush();
                        connection.commit();
                    }
                }
            }
        }
    }

    private static void event(PreparedStatement event, long id, long ideaId, Instant at, String type, String from,
                              String to) throws SQLException {
        event.setLong(1, id);
        event.setLong(2, ideaId);
        event.setTimestamp(3, Timestamp.from(at));
        event.setString(4, "benchmark");
        event.setString(5, type);
        event.setString(6, from);
        event.setString(7, to);
        event.addBatch();
    }
}
