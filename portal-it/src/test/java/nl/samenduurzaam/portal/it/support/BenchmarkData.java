package nl.samenduurzaam.portal.it.support;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the benchmarks that generate their data share: reading ids and counts, and where their figures go. */
public final class BenchmarkData {

    private BenchmarkData() {
    }

    /** How many rows a benchmark generates: ./benchmark.sh passes it to the managed server's environment. */
    public static int wanted(int byDefault) {
        String wanted = System.getenv("BENCHMARK_PROCESSES");
        return wanted == null || wanted.isBlank() ? byDefault : Integer.parseInt(wanted.strip());
    }

    public static long[] ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    public static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    /** Keeps the figures in the server's domain directory, where ./benchmark.sh prints them from, and shows them. */
    public static void report(String file, List<String> lines) {
        try {
            Files.write(Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.forEach(System.out::println);
    }
}
