package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.Users;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal killed with {@code kill -9} while partners submit ideas through the real form: after the restart every
 * idea whose number the portal acknowledged is stored, with exactly one process waiting at the screening and one
 * screening task. Runs a portal of its own ({@code ./portal.sh} on port 29080 with a fresh database under
 * {@code portal-it/target/fault-portal}); run by {@code ./fault.sh}, not by the test command (it takes minutes).
 * {@code -Dfault.db.url=jdbc:postgresql://...} (with {@code fault.db.user}, {@code fault.db.password}) runs it on
 * PostgreSQL; the database must be empty.
 */
class SubmissionsSurviveAKillFaultIT {

    private static final Logger LOG = Logger.getLogger(SubmissionsSurviveAKillFaultIT.class.getName());
    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path HOME = ROOT.resolve("portal-it/target/fault-portal");
    private static final int PORT = 29080;
    private static final String TITLE_PREFIX = "Killproef ";
    private static final Pattern ACKNOWLEDGED = Pattern.compile("ingediend met nummer (SD-\\d{4}-\\d{4,})");
    private static final Pattern THEME = Pattern.compile("<option value=\"(\\d+)\"");
    private static final int CLIENTS = 12;
    private static final int SUBMITTING_SECONDS = Integer.getInteger("fault.seconds", 20);

    private final String dbUrl = System.getProperty("fault.db.url",
            "jdbc:h2:file:" + HOME.resolve("data/portal") + ";WRITE_DELAY=0");
    private final String dbUser = System.getProperty("fault.db.user", "portal");
    private final String dbPassword = System.getProperty("fault.db.password", "portal");

    @Test
    void everyAcknowledgedIdeaSurvivesAKillWithOneProcessAndOneScreeningTask() throws Exception {
        portal("stop");
        deleteDirectory(HOME.resolve("data"));
        Files.deleteIfExists(HOME.resolve("deployed.sha256"));
        portal("start");

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        List<String> partners = List.of(Users.PARTNER, Users.OTHER_PARTNER, Users.THIRD_PARTNER);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            String partner = partners.get(i % partners.size());
            clients.submit(() -> submitUntilKilled(partner, acknowledged, unanswered, killed));
        }
        TimeUnit.SECONDS.sleep(SUBMITTING_SECONDS);
        long pid = Long.parseLong(Files.readString(HOME.resolve("domains/portal/config/pid")).trim());
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        LOG.info(() -> "Killed the server after " + acknowledged.size() + " acknowledged submissions ("
                + unanswered.get() + " in flight without an answer)");

        portal("start");
        assertThat(new HttpSession(URI.create("http://localhost:" + PORT + "/")).get("health/ready").statusCode())
                .as("the restarted portal is ready").isEqualTo(200);
        portal("stop");

        Map<String, Integer> processes = countPerNumber("select business_key_, count(*) from act_hi_procinst "
                + "where proc_def_key_ = 'ideaLifecycle' and business_key_ like 'SD-%' group by business_key_");
        Map<String, Integer> screenings = countPerNumber("select e.business_key_, count(*) from act_ru_task t "
                + "join act_ru_execution e on e.id_ = t.proc_inst_id_ where t.task_def_key_ = 'screenIdea' "
                + "group by e.business_key_");
        Set<String> stored = storedNumbers();
        LOG.info(() -> acknowledged.size() + " acknowledged, " + stored.size() + " stored of the test's ideas");
        assertThat(acknowledged).as("ideas acknowledged before the kill").isNotEmpty();
        assertThat(stored).as("every acknowledged idea is stored").containsAll(acknowledged);
        for (String number : stored) {
            assertThat(processes.get(number)).as("processes of %s", number).isEqualTo(1);
            assertThat(screenings.get(number)).as("screening tasks of %s", number).isEqualTo(1);
        }
    }

    private void submitUntilKilled(String partner, Set<String> acknowledged, AtomicInteger unanswered,
                                   AtomicBoolean killed) {
        try {
            HttpSession session = new HttpSession(URI.create("http://localhost:" + PORT + "/")).loginAs(partner);
            while (!killed.get()) {
                String page = session.get("partner/ideas.xhtml").body();
                Matcher theme = THEME.matcher(page);
                if (!theme.find()) {
                    throw new IllegalStateException("No theme to choose on the partner's page");
                }
                HttpResponse<String> answer;
                try {
                    answer = session.ajaxPost("partner/ideas.xhtml", page, "idea-form", "idea-form:submit", Map.of(
                            "idea-form:title", TITLE_PREFIX + System.nanoTime(),
                            "idea-form:description", "Ingediend terwijl de server wordt gestopt",
                            "idea-form:theme_input", theme.group(1)));
                } catch (IOException lost) {
                    unanswered.incrementAndGet();
                    return;
                }
                Matcher number = ACKNOWLEDGED.matcher(answer.body());
                if (number.find()) {
                    acknowledged.add(number.group(1));
                }
            }
        } catch (IOException | InterruptedException | RuntimeException stopped) {
            if (!killed.get()) {
                LOG.warning(() -> partner + "'s client stopped before the kill: " + stopped);
            }
        }
    }

    private Set<String> storedNumbers() throws SQLException {
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             PreparedStatement query = connection.prepareStatement("select number from idea where title like ?")) {
            query.setString(1, TITLE_PREFIX + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
        }
        return numbers;
    }

    private Map<String, Integer> countPerNumber(String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private void portal(String command) throws IOException, InterruptedException {
        List<String> call = new ArrayList<>(List.of(ROOT.resolve("portal.sh").toString(), command));
        ProcessBuilder builder = new ProcessBuilder(call).directory(ROOT.toFile()).inheritIO();
        builder.environment().put("PORTAL_HOME", HOME.toString());
        builder.environment().put("PORTAL_PORT", Integer.toString(PORT));
        builder.environment().put("PORTAL_DB_URL", dbUrl);
        builder.environment().put("PORTAL_DB_USER", dbUser);
        builder.environment().put("PORTAL_DB_PASSWORD", dbPassword);
        int exit = builder.start().waitFor();
        assertThat(exit).as("./portal.sh %s", command).isZero();
    }

    private static void deleteDirectory(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
