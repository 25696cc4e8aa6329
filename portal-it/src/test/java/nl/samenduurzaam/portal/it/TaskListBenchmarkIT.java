package nl.samenduurzaam.portal.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.it.support.BenchmarkIdeas;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.boundary.TaskQuery;
import nl.samenduurzaam.workflow.task.boundary.TaskQuery.Scope;
import nl.samenduurzaam.workflow.task.boundary.TaskQuery.Sort;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.camunda.bpm.engine.RepositoryService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static nl.samenduurzaam.portal.it.support.BenchmarkData.count;
import static nl.samenduurzaam.portal.it.support.BenchmarkData.execute;
import static nl.samenduurzaam.portal.it.support.BenchmarkData.report;
import static nl.samenduurzaam.portal.it.support.BenchmarkData.wanted;

/**
 * The task list benchmark, run by {@code ./benchmark.sh tasks} and not by the test command: puts 100,000 open idea
 * processes, each waiting in one task, straight into the engine's runtime tables and the ideas' table (JDBC batches,
 * as the engine would have left them: execution, task, candidate group), then times the screener's task list and its
 * searches through the boundary the page calls, many times each, and reports the median and p95 (server side, no
 * page rendering). Figures go to benchmark-tasks.txt in the server's domain directory. It measures; it never fails
 * on a slow machine.
 */
@ExtendWith(ArquillianExtension.class)
class TaskListBenchmarkIT {

    private static final int DEFAULT_TASKS = 100_000;
    private static final long FIRST_ID = 70_000_000L;
    private static final int WARM_UP = 5;
    private static final int RUNS = 40;
    private static final int PAGE = 25;
    /** The open tasks' kinds as the programme has them: most wait for screening or assessment. */
    private static final String[][] KINDS = {
            {IdeaLifecycle.SCREEN_IDEA, "screener"}, {IdeaLifecycle.SCREEN_IDEA, "screener"},
            {IdeaLifecycle.SCREEN_IDEA, "screener"}, {IdeaLifecycle.SCREEN_IDEA, "screener"},
            {IdeaLifecycle.SCREEN_IDEA, "screener"}, {IdeaLifecycle.SCREEN_IDEA, "screener"},
            {IdeaLifecycle.ASSESS_IDEA, "screener"}, {IdeaLifecycle.ASSESS_IDEA, "screener"},
            {IdeaLifecycle.ASSESS_IDEA, "screener"}, {IdeaLifecycle.REVIEW_ELABORATION, "screener"},
            {IdeaLifecycle.CONFIRM_COMPLETION, "screener"}, {IdeaLifecycle.DECIDE_SELECTION, "management"},
            {IdeaLifecycle.DECIDE_SELECTION, "management"}, {IdeaLifecycle.PROPOSE_OWNER, "programme-manager"},
            {IdeaLifecycle.PROPOSE_OWNER, "programme-manager"}, {IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE, "role-holder"},
            {IdeaLifecycle.CLARIFY_IDEA, null}, {IdeaLifecycle.ACCEPT_OWNERSHIP, null},
            {IdeaLifecycle.ELABORATE_IDEA, null}, {IdeaLifecycle.REPORT_COMPLETION, null}};

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private Themes themes;

    @Inject
    private Tasks tasks;

    @Test
    void timesTheScreenersTaskListAndSearchesAmongAHundredThousandOpenTasks() throws Exception {
        int wanted = wanted(DEFAULT_TASKS);
        List<String> lines = new ArrayList<>();
        if (count(dataSource, "select count(*) from idea where id >= " + FIRST_ID) == 0) {
            long started = System.nanoTime();
            generate(wanted);
            // as a production database would have them: statistics for the planner (H2 and PostgreSQL alike)
            execute(dataSource, "analyze");
            lines.add(String.format("generated %,d open idea processes with a task each in %.1f s", wanted,
                    (System.nanoTime() - started) / 1e9));
        }
        lines.add(String.format("open tasks: %,d, of the screeners' group: %,d, held by %s: %,d",
                count(dataSource, "select count(*) from ACT_RU_TASK"),
                count(dataSource, "select count(*) from ACT_RU_IDENTITYLINK where GROUP_ID_ = 'screener'"),
                Users.SCREENER, count(dataSource, "select count(*) from ACT_RU_TASK where ASSIGNEE_ = '"
                        + Users.SCREENER + "'")));
        lines.add(String.format("%-52s %8s %8s %8s %6s", "the screener's list (25 a page)", "median", "p95", "max",
                "rows"));

        Users.loginAs(Users.SCREENER);
        long theme = themes.all().get(0).id();
        time(lines, "everything, oldest first (the page as it opens)", TaskQuery.everything(PAGE));
        time(lines, "everything, page 41 (rows 1,001-1,025)", query(Scope.ALL, null, null, null, false, 40));
        time(lines, "unclaimed", query(Scope.UNCLAIMED, null, null, null, false, 0));
        time(lines, "mine", query(Scope.MINE, null, null, null, false, 0));
        time(lines, "one kind (assessments)", query(Scope.ALL, IdeaLifecycle.ASSESS_IDEA, null, null, false, 0));
        time(lines, "overdue only", query(Scope.ALL, null, null, null, true, 0));
        time(lines, "due until next week", new TaskQuery(Scope.ALL, null, null, null, null, false,
                LocalDate.now().plusDays(7), Sort.CREATED, true, 0, PAGE));
        time(lines, "by due date, latest first", new TaskQuery(Scope.ALL, null, null, null, null, false, null,
                Sort.DUE, false, 0, PAGE));
        // ideas whose numbers divide by 20 wait for screening (KINDS): searches that the screener finds
        time(lines, "search: words of a title (Taaklijstidee 4700...)", query(Scope.ALL, null,
                "Taaklijstidee 4700", null, false, 0));
        time(lines, "search: an idea's number", query(Scope.ALL, null, "TL-" + (wanted - wanted % 20 - 20), null,
                false, 0));
        time(lines, "search: a theme (its first 1,000 ideas)", query(Scope.ALL, null, null, theme, false, 0));
        time(lines, "search: text found nowhere", query(Scope.ALL, null, "geen enkel idee heet zo", null, false,
                0));

        report("benchmark-tasks.txt", lines);
    }

    private static TaskQuery query(Scope scope, String taskKey, String text, Long themeId, boolean overdue,
                                   int page) {
        return new TaskQuery(scope, taskKey, text, themeId, null, overdue, null, Sort.CREATED, true, page, PAGE);
    }

    private void time(List<String> lines, String what, TaskQuery query) {
        Supplier<Integer> run = () -> tasks.search(query).items().size();
        for (int i = 0; i < WARM_UP; i++) {
            run.get();
        }
        long[] took = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            rows = run.get();
            took[i] = System.nanoTime() - started;
        }
        Arrays.sort(took);
        lines.add(String.format("%-52s %5d ms %5d ms %5d ms %6d", what, millis(took[RUNS / 2]),
                millis(took[(int) Math.ceil(RUNS * 0.95) - 1]), millis(took[RUNS - 1]), rows));
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }

    private void generate(int wanted) throws SQLException {
        String definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY).latestVersion().singleResult().getId();
        Random random = new Random(7);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Instant now = Instant.now();
            try (BenchmarkIdeas ideas = new BenchmarkIdeas(connection);
                 PreparedStatement execution = connection.prepareStatement("insert into ACT_RU_EXECUTION (ID_, REV_, "
                         + "ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_, IS_ACTIVE_, "
                         + "IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, "
                         + "SEQUENCE_COUNTER_, PROC_DEF_KEY_) values (?, 1, ?, ?, ?, ?, ?, true, false, true, false, "
                         + "1, 0, 1, ?)");
                 PreparedStatement task = connection.prepareStatement("insert into ACT_RU_TASK (ID_, REV_, "
                         + "EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, "
                         + "CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_) "
                         + "values (?, 1, ?, ?, ?, ?, ?, ?, 50, ?, ?, ?, 1, 'Created')");
                 PreparedStatement candidate = connection.prepareStatement("insert into ACT_RU_IDENTITYLINK (ID_, "
                         + "REV_, GROUP_ID_, TYPE_, TASK_ID_) values (?, 1, ?, 'candidate', ?)")) {
                for (int n = 0; n < wanted; n++) {
                    long ideaId = FIRST_ID + n;
                    String number = "TL-" + n;
                    String process = "tl-" + n;
                    String taskId = "tlt-" + n;
                    String[] kind = KINDS[n % KINDS.length];
                    String group = kind[1] == null ? "organisation-" + ideas.organisation() : kind[1];
                    Instant created = now.minusSeconds(random.nextInt(365 * 86400));
                    Instant submitted = created.minusSeconds(random.nextInt(30 * 86400));
                    // a few tasks are held by one of the two screeners, the rest wait for whoever takes them
                    double held = random.nextDouble();
                    String assignee = !"screener".equals(group) ? null
                            : held < 0.03 ? Users.SCREENER : held < 0.06 ? Users.SECOND_SCREENER : null;

                    ideas.add(ideaId, n, number, "Taaklijstidee " + n, "Gegenereerd voor de takenlijstbenchmark.",
                            "IN_SCREENING", submitted, created);

                    execution.setString(1, process);
                    execution.setString(2, process);
                    execution.setString(3, process);
                    execution.setString(4, number);
                    execution.setString(5, definition);
                    execution.setString(6, kind[0]);
                    execution.setString(7, IdeaLifecycle.PROCESS_KEY);
                    execution.addBatch();

                    task.setString(1, taskId);
                    task.setString(2, process);
                    task.setString(3, process);
                    task.setString(4, definition);
                    task.setString(5, kind[0]);
                    task.setString(6, kind[0]);
                    task.setString(7, assignee);
                    task.setTimestamp(8, Timestamp.from(created));
                    task.setTimestamp(9, Timestamp.from(created));
                    task.setTimestamp(10, Timestamp.from(created.plus(Duration.ofDays(10))));
                    task.addBatch();

                    candidate.setString(1, "tli-" + n);
                    candidate.setString(2, group);
                    candidate.setString(3, taskId);
                    candidate.addBatch();
                    if (n % 1000 == 999 || n == wanted - 1) {
                        ideas.flush();
                        execution.executeBatch();
                        task.executeBatch();
                        candidate.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
    }
}
