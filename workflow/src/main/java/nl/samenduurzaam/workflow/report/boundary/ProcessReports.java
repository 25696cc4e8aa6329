package nl.samenduurzaam.workflow.report.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.samenduurzaam.portal.report.boundary.ProgrammeReports;
import nl.samenduurzaam.portal.report.boundary.ReportFilter;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports from the engine's history and its open tasks: the lead time of every step of the idea lifecycle (median
 * and p90, computed by the database in one aggregate query over the activity history, so it stays fast with a
 * hundred thousand processes), open and overdue tasks, and the workload per group and person. Camunda's own
 * duration reports are an Enterprise feature; these are the portal's.
 */
@Stateless
@DeclareRoles({PortalRoles.MANAGEMENT, PortalRoles.PROGRAMME_MANAGER})
@RolesAllowed({PortalRoles.MANAGEMENT, PortalRoles.PROGRAMME_MANAGER})
public class ProcessReports {

    // the engine's history tables (ACT_HI_*) and the domain's idea table share the database; every value is bound.
    // Steps are read straight from the activity history; only a theme or session filter needs the ideas, and then
    // as a semi-join on the process instances, which keeps the plan cheap on H2 and PostgreSQL alike.
    private static final String LEAD_TIMES = "select a.ACT_ID_, count(*), "
            + "percentile_cont(0.5) within group (order by a.DURATION_), "
            + "percentile_cont(0.9) within group (order by a.DURATION_) "
            + "from ACT_HI_ACTINST a "
            + "where a.PROC_DEF_KEY_ = ? and a.END_TIME_ is not null and a.ACT_TYPE_ = 'userTask' "
            + "and a.START_TIME_ >= ? and a.START_TIME_ < ? ";
    private static final String OF_IDEAS = "and a.PROC_INST_ID_ in (select p.PROC_INST_ID_ from ACT_HI_PROCINST p "
            + "join idea i on i.idea_number = p.BUSINESS_KEY_ where 1 = 1 ";
    private static final String BY_THEME = "and (i.theme_id = ? or i.id in (select t.idea_id "
            + "from idea_additional_theme t where t.theme_id = ?)) ";
    private static final String BY_SESSION = "and i.origin_session_id = ? ";
    /** A task's candidate group; the groups of the partner organisations count together. */
    private static final String GROUP = "case when l.GROUP_ID_ like 'organisation-%' then 'organisations' "
            + "else l.GROUP_ID_ end";

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private ProgrammeReports programmeReports;

    /** Every report for the filter in one transaction, the domain's figures from {@link ProgrammeReports}. */
    public ReportResults all(@NotNull @Valid ReportFilter filter) {
        return new ReportResults(programmeReports.funnel(filter), leadTimes(filter), overdue(filter),
                programmeReports.ownershipAndEscalation(filter), workload(filter), programmeReports.roleMix(filter),
                latestModel());
    }

    /** The steps done in the period, in the order of the model's user tasks as they were first done. */
    public List<StepLeadTime> leadTimes(@NotNull @Valid ReportFilter filter) {
        boolean ofSomeIdeas = filter.themeId() != null || filter.sessionId() != null;
        String sql = LEAD_TIMES + (ofSomeIdeas ? OF_IDEAS + ideaFilter(filter) + ") " : "")
                + "group by a.ACT_ID_ order by a.ACT_ID_";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, IdeaLifecycle.PROCESS_KEY);
            statement.setTimestamp(2, Timestamp.from(filter.start()));
            statement.setTimestamp(3, Timestamp.from(filter.end()));
            bindThemeAndSession(statement, 4, filter);
            List<StepLeadTime> steps = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    steps.add(new StepLeadTime(rows.getString(1), rows.getLong(2), millis(rows.getDouble(3)),
                            millis(rows.getDouble(4))));
                }
            }
            return steps;
        } catch (SQLException failed) {
            throw new IllegalStateException("The lead time report could not be read", failed);
        }
    }

    /**
     * Open tasks per candidate group and step, and how many of them are past their due date (by the engine's clock).
     * The groups of partner organisations count together as "organisations".
     */
    public List<OverdueTasks> overdue(@NotNull @Valid ReportFilter filter) {
        String sql = "select " + GROUP + ", t.TASK_DEF_KEY_, count(distinct t.ID_), "
                + "count(distinct case when t.DUE_DATE_ < ? then t.ID_ end) "
                + "from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' "
                + "join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ "
                + "join idea i on i.idea_number = e.BUSINESS_KEY_ "
                + "where i.submitted_at >= ? and i.submitted_at < ? " + ideaFilter(filter)
                + "group by " + GROUP + ", t.TASK_DEF_KEY_ order by 1, 2";
        return query(sql, filter, true, rows -> new OverdueTasks(rows.getString(1), rows.getString(2),
                rows.getLong(3), rows.getLong(4)));
    }

    /** Open work per group and per person, and tasks completed per person in each of the last four weeks. */
    public Workload workload(@NotNull @Valid ReportFilter filter) {
        String groups = "select " + GROUP + ", count(distinct case when t.ASSIGNEE_ is null then t.ID_ end), "
                + "count(distinct case when t.ASSIGNEE_ is not null then t.ID_ end) "
                + "from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' "
                + "join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ "
                + "join idea i on i.idea_number = e.BUSINESS_KEY_ "
                + "where i.submitted_at >= ? and i.submitted_at < ? " + ideaFilter(filter) + "group by " + GROUP
                + " order by 1";
        List<Workload.GroupLoad> groupLoads = query(groups, filter, false,
                rows -> new Workload.GroupLoad(rows.getString(1), rows.getLong(2), rows.getLong(3)));

        java.time.LocalDate thisWeek = java.time.LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
                ReportFilter.MUNICIPALITY).with(java.time.DayOfWeek.MONDAY);
        List<java.time.LocalDate> weeks = List.of(thisWeek.minusWeeks(3), thisWeek.minusWeeks(2),
                thisWeek.minusWeeks(1), thisWeek);
        StringBuilder people = new StringBuilder("select p.person, sum(p.holding)");
        for (int week = 0; week < weeks.size(); week++) {
            people.append(", sum(p.week").append(week).append(')');
        }
        people.append(" from (select t.ASSIGNEE_ person, 1 holding");
        for (int week = 0; week < weeks.size(); week++) {
            people.append(", 0 week").append(week);
        }
        people.append(" from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ ")
                .append("join idea i on i.idea_number = e.BUSINESS_KEY_ where t.ASSIGNEE_ is not null ")
                .append("and i.submitted_at >= ? and i.submitted_at < ? ").append(ideaFilter(filter))
                .append("union all select h.ASSIGNEE_ person, 0 holding");
        for (int week = 0; week < weeks.size(); week++) {
            people.append(", case when h.END_TIME_ >= ? and h.END_TIME_ < ? then 1 else 0 end week").append(week);
        }
        // the recent completions first (an index on END_TIME_), then whether their idea is in the filter: H2 would
        // otherwise start from all ideas of the period and join every task they ever had
        people.append(" from ACT_HI_TASKINST h where h.ASSIGNEE_ is not null ")
                .append("and h.END_TIME_ >= ? and h.DELETE_REASON_ = 'completed' ")
                .append("and exists (select 1 from ACT_HI_PROCINST hp join idea i on i.idea_number = hp.BUSINESS_KEY_ ")
                .append("where hp.PROC_INST_ID_ = h.PROC_INST_ID_ ")
                .append("and i.submitted_at >= ? and i.submitted_at < ? ").append(ideaFilter(filter))
                .append(")) p group by p.person order by p.person");
        List<Workload.PersonLoad> personLoads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(people.toString())) {
            int index = bindIdeas(statement, 1, filter);
            for (java.time.LocalDate week : weeks) {
                statement.setTimestamp(index++, Timestamp.from(week.atStartOfDay(ReportFilter.MUNICIPALITY)
                        .toInstant()));
                statement.setTimestamp(index++, Timestamp.from(week.plusWeeks(1)
                        .atStartOfDay(ReportFilter.MUNICIPALITY).toInstant()));
            }
            statement.setTimestamp(index++, Timestamp.from(weeks.get(0).atStartOfDay(ReportFilter.MUNICIPALITY)
                    .toInstant()));
            bindIdeas(statement, index, filter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<Long> completed = new ArrayList<>();
                    for (int week = 0; week < weeks.size(); week++) {
                        completed.add(rows.getLong(3 + week));
                    }
                    personLoads.add(new Workload.PersonLoad(rows.getString(1), rows.getLong(2), completed));
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The workload report could not be read", failed);
        }
        return new Workload(groupLoads, personLoads, weeks);
    }

    /** The newest version of the idea lifecycle model, on which the heatmap is drawn. */
    public String latestModel() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(IdeaLifecycle.PROCESS_KEY)
                .latestVersion().singleResult().getId();
    }

    private static String ideaFilter(ReportFilter filter) {
        return (filter.themeId() == null ? "" : BY_THEME) + (filter.sessionId() == null ? "" : BY_SESSION);
    }

    /** Binds the idea filter's values from this position on: period, then theme and session where given. */
    private static int bindIdeas(PreparedStatement statement, int from, ReportFilter filter) throws SQLException {
        statement.setTimestamp(from, Timestamp.from(filter.start()));
        statement.setTimestamp(from + 1, Timestamp.from(filter.end()));
        return bindThemeAndSession(statement, from + 2, filter);
    }

    private static int bindThemeAndSession(PreparedStatement statement, int from, ReportFilter filter)
            throws SQLException {
        int index = from;
        if (filter.themeId() != null) {
            statement.setLong(index++, filter.themeId());
            statement.setLong(index++, filter.themeId());
        }
        if (filter.sessionId() != null) {
            statement.setLong(index++, filter.sessionId());
        }
        return index;
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Runs a report query whose parameters are (the engine's now, when asked) and then the idea filter. */
    private <T> List<T> query(String sql, ReportFilter filter, boolean withNow, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (withNow) {
                statement.setTimestamp(index++, new Timestamp(ClockUtil.getCurrentTime().getTime()));
            }
            bindIdeas(statement, index, filter);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
            }
            return result;
        } catch (SQLException failed) {
            throw new IllegalStateException("A report could not be read", failed);
        }
    }

    private static Duration millis(double value) {
        return Duration.ofMillis(Math.round(value));
    }
}
