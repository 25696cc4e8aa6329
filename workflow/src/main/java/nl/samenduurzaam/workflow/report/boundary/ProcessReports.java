package nl.samenduurzaam.workflow.report.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.samenduurzaam.portal.report.boundary.ReportFilter;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.camunda.bpm.engine.RepositoryService;

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
 * Reports from the engine's history: the lead time of every step of the idea lifecycle (median and p90, computed
 * by the database in one aggregate query over the history tables joined to the ideas, so it stays fast with a
 * hundred thousand processes). Camunda's own duration reports are an Enterprise feature; these are the portal's.
 */
@Stateless
@DeclareRoles({PortalRoles.MANAGEMENT, PortalRoles.PROGRAMME_MANAGER})
@RolesAllowed({PortalRoles.MANAGEMENT, PortalRoles.PROGRAMME_MANAGER})
public class ProcessReports {

    // the engine's history tables (ACT_HI_*) and the domain's idea table share the database; every value is bound
    private static final String LEAD_TIMES = "select a.ACT_ID_, count(*), "
            + "percentile_cont(0.5) within group (order by a.DURATION_), "
            + "percentile_cont(0.9) within group (order by a.DURATION_) "
            + "from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.PROC_INST_ID_ = a.PROC_INST_ID_ "
            + "join idea i on i.idea_number = p.BUSINESS_KEY_ "
            + "where a.PROC_DEF_KEY_ = ? and a.END_TIME_ is not null and a.ACT_TYPE_ = 'userTask' "
            + "and a.START_TIME_ >= ? and a.START_TIME_ < ? ";
    private static final String BY_THEME = "and (i.theme_id = ? or exists (select 1 from idea_additional_theme t "
            + "where t.idea_id = i.id and t.theme_id = ?)) ";
    private static final String BY_SESSION = "and i.origin_session_id = ? ";

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    private RepositoryService repositoryService;

    /** The steps done in the period, in the order of the model's user tasks as they were first done. */
    public List<StepLeadTime> leadTimes(@NotNull @Valid ReportFilter filter) {
        String sql = LEAD_TIMES + (filter.themeId() == null ? "" : BY_THEME)
                + (filter.sessionId() == null ? "" : BY_SESSION) + "group by a.ACT_ID_ order by a.ACT_ID_";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            statement.setString(index++, IdeaLifecycle.PROCESS_KEY);
            statement.setTimestamp(index++, Timestamp.from(filter.start()));
            statement.setTimestamp(index++, Timestamp.from(filter.end()));
            if (filter.themeId() != null) {
                statement.setLong(index++, filter.themeId());
                statement.setLong(index++, filter.themeId());
            }
            if (filter.sessionId() != null) {
                statement.setLong(index, filter.sessionId());
            }
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

    /** The newest version of the idea lifecycle model, on which the heatmap is drawn. */
    public String latestModel() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(IdeaLifecycle.PROCESS_KEY)
                .latestVersion().singleResult().getId();
    }

    private static Duration millis(double value) {
        return Duration.ofMillis(Math.round(value));
    }
}
