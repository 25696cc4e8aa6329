package nl.samenduurzaam.portal.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import static nl.samenduurzaam.portal.it.support.BenchmarkData.ids;

/**
 * Writes the ideas a benchmark generates, in JDBC batches on the benchmark's connection: each proposed by the demo's
 * first partner organisation, submitted by the demo partner, the themes taken in turn. {@link #flush()} writes the
 * batch; the caller commits.
 */
public final class BenchmarkIdeas implements AutoCloseable {

    private final long[] themeIds;
    private final long organisation;
    private final long account;
    private final PreparedStatement insert;

    public BenchmarkIdeas(Connection connection) throws SQLException {
        themeIds = ids(connection, "select id from theme");
        organisation = ids(connection, "select id from organisation where type <> 'MUNICIPALITY' "
                + "and type <> 'FACILITATOR'")[0];
        account = ids(connection, "select id from account where username = 'partner'")[0];
        insert = connection.prepareStatement("insert into idea (id, idea_number, title, description, theme_id, "
                + "proposing_organisation_id, submitted_by_id, status, submitted_at, status_changed_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    }

    /** The organisation that proposes every generated idea. */
    public long organisation() {
        return organisation;
    }

    /** Adds the n-th idea to the batch; its theme is the n-th in turn. */
    public void add(long id, int n, String number, String title, String description, String status,
                    Instant submitted, Instant statusChanged) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, number);
        insert.setString(3, title);
        insert.setString(4, description);
        insert.setLong(5, themeIds[n % themeIds.length]);
        insert.setLong(6, organisation);
        insert.setLong(7, account);
        insert.setString(8, status);
        insert.setTimestamp(9, Timestamp.from(submitted));
        insert.setTimestamp(10, Timestamp.from(statusChanged));
        insert.addBatch();
    }

    public void flush() throws SQLException {
        insert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
