package nl.samenduurzaam.portal.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.it.support.PortalDeployment;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.report.boundary.ProgrammeReports;
import nl.samenduurzaam.portal.report.boundary.ReportFilter;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.portal.web.report.ReportDocuments;
import nl.samenduurzaam.portal.web.report.ReportExports;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.report.boundary.ProcessReports;
import org.camunda.bpm.engine.RepositoryService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

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
    private static final String[] PEOPLE = {"beoordelaar", "beoordelaar2", "programmamanager", "rolhouder",
            "management", "afdelingshoofd"};

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTestClasses(ReportBenchmarkIT.class);
    }

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
        // the managed server inherits the environment of the Maven run (./benchmark.sh sets it)
        String wanted = System.getenv("BENCHMARK_PROCESSES");
        int processes = wanted == null || wanted.isBlank() ? DEFAULT_PROCESSES : Integer.parseInt(wanted.strip());
        List<String> lines = new ArrayList<>();
        long existing = count("select count(*) from idea where id >= " + FIRST_ID);
        if (existing == 0) {
            long started = System.nanoTime();
            generate(processes);
            lines.add(String.format("generated %,d historic idea processes in %.1f s", processes,
                    (System.nanoTime() - started) / 1e9));
        }
        lines.add(String.format("ideas: %,d, activity history rows: %,d, task history rows: %,d",
                count("select count(*) from idea"), count("select count(*) from ACT_HI_ACTINST"),
                count("select count(*) from ACT_HI_TASKINST")));

        Users.loginAs(Users.MANAGEMENT);
        ReportFilter everything = ReportFilter.everything();
        ReportFilter oneTheme = new ReportFilter(null, null, themes.all().get(0).id(), null);
        time(lines, "funnel, everything", () -> programmeReports.funnel(everything));
        time(lines, "funnel, one theme", () -> programmeReports.funnel(oneTheme));
        time(lines, "lead times, everything", () -> processReports.leadTimes(everything));
        time(lines, "lead times, one theme", () -> processReports.leadTimes(oneTheme));
        time(lines, "overdue tasks", () -> processReports.overdue(everything));
        time(lines, "workload", () -> processReports.workload(everything));
        time(lines, "role mix", () -> programmeReports.roleMix(everything));
        time(lines, "ownership and escalations", () -> programmeReports.ownershipAndEscalation(everything));
        time(lines, "all reports + Excel export", () -> exports.xlsx(documents.of(
                programmeReports.funnel(everything), processReports.leadTimes(everything), "benchmark")));
        time(lines, "all reports + PDF export", () -> exports.pdf(documents.of(
                programmeReports.funnel(everything), processReports.leadTimes(everything), "benchmark")));

        Path report = Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "benchmark-reports.txt");
        Files.write(report, lines);
        lines.forEach(System.out::println);
    }

    private static void time(List<String> lines, String report, Supplier<?> run) {
        long best = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long started = System.nanoTime();
            run.get();
            best = Math.min(best, System.nanoTime() - started);
        }
        lines.add(String.format("%-28s %6d ms (best of 3)", report, Duration.ofNanos(best).toMillis()));
    }

    private void generate(int processes) throws SQLException, IOException {
        String definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY).latestVersion().singleResult().getId();
        Random random = new Random(42);
        try (Connection connection = dataSource.getConnection()) {
            long[] themeIds = ids(connection, "select id from theme");
            long organisation = ids(connection, "select id from organisation where type <> 'MUNICIPALITY' "
                    + "and type <> 'FACILITATOR'")[0];
            long account = ids(connection, "select id from account where username = 'partner'")[0];
            Instant first = Instant.now().minus(Duration.ofDays(730));
            try (PreparedStatement idea = connection.prepareStatement("insert into idea (id, idea_number, title, "
                    + "description, theme_id, proposing_organisation_id, submitted_by_id, status, submitted_at, "
                    + "status_changed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                 PreparedStatement event = connection.prepareStatement("insert into idea_event (id, idea_id, "
                         + "occurred_at, actor, type, from_status, to_status) values (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement process = connection.prepareStatement("insert into ACT_HI_PROCINST (ID_, "
                         + "PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_, "
                         + "DURATION_, STATE_) values (?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETED')");
                 PreparedStatement activity = connection.prepareStatement("insert into ACT_HI_ACTINST (ID_, "
                         + "PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_TYPE_, "
                         + "START_TIME_, END_TIME_, DURATION_) values (?, ?, ?, ?, ?, ?, 'userTask', ?, ?, ?)");
                 PreparedStatement task = connection.prepareStatement("insert into ACT_HI_TASKINST (ID_, "
                         + "TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, ASSIGNEE_, START_TIME_, "
                         + "END_TIME_, DURATION_, DELETE_REASON_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'completed')")) {
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
                        long millis = (long) (3_600_000L * (4 + random.nextExponential() * 48));
                        Instant end = at.plusMillis(millis);
                        String id = processId + "-" + step;
                        activity.setString(1, id);
                        activity.setString(2, IdeaLifecycle.PROCESS_KEY);
                        activity.setString(3, definition);
                        activity.setString(4, processId);
                        activity.setString(5, processId);
                        activity.setString(6, PATH[step]);
                        activity.setTimestamp(7, Timestamp.from(at));
                        activity.setTimestamp(8, Timestamp.from(end));
                        activity.setLong(9, millis);
                        activity.addBatch();
                        task.setString(1, id);
                        task.setString(2, PATH[step]);
                        task.setString(3, IdeaLifecycle.PROCESS_KEY);
                        task.setString(4, definition);
                        task.setString(5, processId);
                        task.setString(6, PEOPLE[random.nextInt(PEOPLE.length)]);
                        task.setTimestamp(7, Timestamp.from(at));
                        task.setTimestamp(8, Timestamp.from(end));
                        task.setLong(9, millis);
                        task.addBatch();
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
                    idea.setLong(1, ideaId);
                    idea.setString(2, number);
                    idea.setString(3, "Benchmarkidee " + n);
                    idea.setString(4, "Gegenereerd voor de rapportagebenchmark.");
                    idea.setLong(5, themeIds[n % themeIds.length]);
                    idea.setLong(6, organisation);
                    idea.setLong(7, account);
                    idea.setString(8, status);
                    idea.setTimestamp(9, Timestamp.from(submitted));
                    idea.setTimestamp(10, Timestamp.from(at));
                    idea.addBatch();
                    process.setString(1, processId);
                    process.setString(2, processId);
                    process.setString(3, number);
                    process.setString(4, IdeaLifecycle.PROCESS_KEY);
                    process.setString(5, definition);
                    process.setTimestamp(6, Timestamp.from(submitted));
                    process.setTimestamp(7, Timestamp.from(at));
                    process.setLong(8, Duration.between(submitted, at).toMillis());
                    process.addBatch();
                    if (n % 1000 == 999 || n == processes - 1) {
                        // ideas first: the timeline refers to them
                        idea.executeBatch();
                        event.executeBatch();
                        process.executeBatch();
                        activity.executeBatch();
                        task.executeBatch();
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

    private static long[] ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
