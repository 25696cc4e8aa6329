package nl.samenduurzaam.portal.it.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A portal of the fault tests' own, run by {@code ./portal.sh} on port 29080 under {@code portal-it/target/fault-portal}
 * with a fresh database: started, stopped, killed, and its database read once it is down (H2) or directly (PostgreSQL).
 */
public final class FaultPortal {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path HOME = ROOT.resolve("portal-it/target/fault-portal");
    private static final int PORT = 29080;

    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;

    /** The database given as {@code fault.db.url} (and user, password), an H2 file of its own otherwise. */
    public FaultPortal() {
        this.dbUrl = System.getProperty("fault.db.url",
                "jdbc:h2:file:" + HOME.resolve("data/portal") + ";WRITE_DELAY=0");
        this.dbUser = System.getProperty("fault.db.user", "portal");
        this.dbPassword = System.getProperty("fault.db.password", "portal");
    }

    public boolean onPostgres() {
        return dbUrl.startsWith("jdbc:postgresql:");
    }

    public URI url() {
        return URI.create("http://localhost:" + PORT + "/");
    }

    /** Stops a portal left running and starts with an empty H2 database (a PostgreSQL one is emptied by fault.sh). */
    public void startFresh() throws IOException, InterruptedException {
        portal("stop");
        Path data = HOME.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> paths = Files.walk(data)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        portal("start");
    }

    public void start() throws IOException, InterruptedException {
        portal("start");
    }

    public void stop() throws IOException, InterruptedException {
        portal("stop");
    }

    /** The server dies at once, as on a power cut: no shutdown, no flush. */
    public void kill() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(HOME.resolve("domains/portal/config/pid")).trim());
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    }

    /** The numbers of the ideas whose title starts so. */
    public Set<String> storedNumbers(String titlePrefix) throws SQLException {
        Set<String> numbers = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             PreparedStatement query = connection.prepareStatement(
                     "select idea_number from idea where title like ?")) {
            query.setString(1, titlePrefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
        }
        return numbers;
    }

    /** How many lifecycle processes each idea number has, running or ended. */
    public Map<String, Integer> processesPerIdea() throws SQLException {
        return countPerNumber("select business_key_, count(*) from act_hi_procinst "
                + "where proc_def_key_ = 'ideaLifecycle' and business_key_ like 'SD-%' group by business_key_");
    }

    /** How many open screening tasks each idea number has. */
    public Map<String, Integer> screeningTasksPerIdea() throws SQLException {
        return countPerNumber("select e.business_key_, count(*) from act_ru_task t "
                + "join act_ru_execution e on e.id_ = t.proc_inst_id_ where t.task_def_key_ = 'screenIdea' "
                + "group by e.business_key_");
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
        ProcessBuilder builder = new ProcessBuilder(List.of(ROOT.resolve("portal.sh").toString(), command))
                .directory(ROOT.toFile()).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put("PORTAL_HOME", HOME.toString());
        environment.put("PORTAL_PORT", Integer.toString(PORT));
        environment.put("PORTAL_DB_URL", dbUrl);
        environment.put("PORTAL_DB_USER", dbUser);
        environment.put("PORTAL_DB_PASSWORD", dbPassword);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("./portal.sh " + command + " ended with " + exit);
        }
    }
}
