package nl.samenduurzaam.workflow.demo;

import nl.samenduurzaam.workflow.idea.IdeaLifecycle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes idea lifecycle history straight into the engine's history tables (ACT_HI_PROCINST, ACT_HI_ACTINST,
 * ACT_HI_TASKINST), in the columns the engine itself fills, so that its history queries and the portal's reports
 * read the rows like any other. Only for work that happened before the engine ran it: the demo programme's past and
 * the report benchmark's generated processes. Rows are batched; the caller flushes and owns the transaction.
 */
public final class EngineHistoryWriter implements AutoCloseable {

    private static final int COMPLETED_SCOPE = 1;
    private static final int DEFAULT_PRIORITY = 50;

    private final String definitionId;
    private final PreparedStatement process;
    private final PreparedStatement activity;
    private final PreparedStatement task;
    private long sequence;

    public EngineHistoryWriter(Connection connection, String definitionId) throws SQLException {
        this.definitionId = definitionId;
        this.process = connection.prepareStatement("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, "
                + "PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_, DURATION_, ROOT_PROC_INST_ID_, STATE_) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.activity = connection.prepareStatement("insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, "
                + "ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_TYPE_, ASSIGNEE_, "
                + "START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, 'userTask', ?, ?, ?, ?, ?, ?)");
        this.task = connection.prepareStatement("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, "
                + "PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, ASSIGNEE_, "
                + "START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'completed', ?)");
    }

    /** A process instance of an idea that ended (completed, or ended on a side exit) before the engine ran it. */
    public void endedProcess(String processId, String ideaNumber, Instant started, Instant ended)
            throws SQLException {
        process.setString(1, processId);
        process.setString(2, processId);
        process.setString(3, ideaNumber);
        process.setString(4, IdeaLifecycle.PROCESS_KEY);
        process.setString(5, definitionId);
        process.setTimestamp(6, Timestamp.from(started));
        process.setTimestamp(7, Timestamp.from(ended));
        process.setLong(8, Duration.between(started, ended).toMillis());
        process.setString(9, processId);
        process.setString(10, "COMPLETED");
        process.addBatch();
    }

    /** A user task of the process, done by the assignee between the two moments. */
    public void completedTask(String processId, String activityId, String assignee, Instant started, Instant ended)
            throws SQLException {
        String id = processId + ":" + ++sequence;
        long millis = Duration.between(started, ended).toMillis();
        activity.setString(1, id);
        activity.setString(2, IdeaLifecycle.PROCESS_KEY);
        activity.setString(3, definitionId);
        activity.setString(4, processId);
        activity.setString(5, processId);
        activity.setString(6, processId);
        activity.setString(7, activityId);
        activity.setString(8, id);
        nullable(activity, 9, assignee);
        activity.setTimestamp(10, Timestamp.from(started));
        activity.setTimestamp(11, Timestamp.from(ended));
        activity.setLong(12, millis);
        activity.setInt(13, COMPLETED_SCOPE);
        activity.setLong(14, sequence);
        activity.addBatch();
        task.setString(1, id);
        task.setString(2, activityId);
        task.setString(3, IdeaLifecycle.PROCESS_KEY);
        task.setString(4, definitionId);
        task.setString(5, processId);
        task.setString(6, processId);
        task.setString(7, processId);
        task.setString(8, id);
        nullable(task, 9, assignee);
        task.setTimestamp(10, Timestamp.from(started));
        task.setTimestamp(11, Timestamp.from(ended));
        task.setLong(12, millis);
        task.setInt(13, DEFAULT_PRIORITY);
        task.addBatch();
    }

    /** Writes the rows batched so far. */
    public void flush() throws SQLException {
        process.executeBatch();
        activity.executeBatch();
        task.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        try (process; activity; task) {
            flush();
        }
    }

    private static void nullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
