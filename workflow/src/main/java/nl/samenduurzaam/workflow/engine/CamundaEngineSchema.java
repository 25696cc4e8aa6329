package nl.samenduurzaam.workflow.engine;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates the Camunda 7.24 tables with the SQL scripts shipped in the engine jar, as a Flyway migration: the engine
 * itself then never changes the schema ({@code databaseSchemaUpdate=false}). Letting the engine create its schema
 * fails on PostgreSQL inside a JTA transaction (its probing query aborts the transaction), and nodes of a cluster
 * starting together must not race to create it; Flyway's lock prevents that. A database whose engine tables already
 * exist (created by an earlier version of the portal) is adopted as it is.
 */
class CamundaEngineSchema implements JavaMigration {

    static final String ENGINE_VERSION = "7.24.0";
    private static final String SCRIPT = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";
    private static final List<String> COMPONENTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(ENGINE_VERSION);
    }

    @Override
    public String getDescription() {
        return "Camunda " + ENGINE_VERSION + " engine schema";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (tableExists(connection.getMetaData(), "ACT_GE_PROPERTY")) {
            return;
        }
        String database = databaseType(connection.getMetaData());
        try (Statement statement = connection.createStatement()) {
            for (String component : COMPONENTS) {
                for (String sql : statements(String.format(SCRIPT, database, component))) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static String databaseType(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new SQLException("The portal supports H2 and PostgreSQL, not " + product);
    }

    private static boolean tableExists(DatabaseMetaData metaData, String table) throws SQLException {
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The statements of a script: separated by semicolons at line ends, comment lines left out. */
    static List<String> statements(String resource) throws IOException {
        InputStream script = CamundaEngineSchema.class.getClassLoader().getResourceAsStream(resource);
        if (script == null) {
            throw new IOException("Missing engine script " + resource);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    String sql = current.toString().trim();
                    statements.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().trim());
        }
        return statements;
    }
}
