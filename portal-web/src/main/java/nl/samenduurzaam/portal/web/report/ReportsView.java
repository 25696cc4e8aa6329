package nl.samenduurzaam.portal.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import nl.samenduurzaam.portal.report.boundary.FunnelReport;
import nl.samenduurzaam.portal.report.boundary.OwnershipAndEscalation;
import nl.samenduurzaam.portal.report.boundary.ProgrammeReports;
import nl.samenduurzaam.portal.report.boundary.ReportFilter;
import nl.samenduurzaam.portal.report.boundary.RoleMix;
import nl.samenduurzaam.portal.session.boundary.SessionSummary;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.portal.web.i18n.BoundaryErrors;
import nl.samenduurzaam.portal.web.i18n.Texts;
import nl.samenduurzaam.portal.web.idea.ProcessModelServlet;
import nl.samenduurzaam.workflow.report.boundary.OverdueTasks;
import nl.samenduurzaam.workflow.report.boundary.ProcessReports;
import nl.samenduurzaam.workflow.report.boundary.StepLeadTime;
import nl.samenduurzaam.workflow.report.boundary.Workload;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Management's process reports: the funnel and the lead time per step (also as a heatmap on the BPMN diagram),
 * filtered by period, theme and session, with a CSV export that states its filters.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_NAME = "samen-duurzaam-rapportage";

    @Inject
    private ReportExports exports;

    @Inject
    private ReportDocuments documents;

    @Inject
    private ProgrammeReports programmeReports;

    @Inject
    private ProcessReports processReports;

    @Inject
    private Themes themes;

    @Inject
    private Sessions sessions;

    private LocalDate from;
    private LocalDate until;
    private Long themeId;
    private Long sessionId;
    private FunnelReport funnel;
    private List<StepLeadTime> leadTimes = List.of();
    private List<OverdueTasks> overdue = List.of();
    private Workload workload;
    private RoleMix roleMix;
    private OwnershipAndEscalation service;
    private String modelId;
    private List<ThemeSummary> themeOptions;
    private List<SessionSummary> sessionOptions;

    @PostConstruct
    void init() {
        themeOptions = themes.all();
        sessionOptions = sessions.all();
        show();
    }

    public void show() {
        try {
            ReportFilter filter = filter();
            funnel = programmeReports.funnel(filter);
            leadTimes = processReports.leadTimes(filter);
            overdue = processReports.overdue(filter);
            workload = processReports.workload(filter);
            roleMix = programmeReports.roleMix(filter);
            service = programmeReports.ownershipAndEscalation(filter);
            modelId = processReports.latestModel();
        } catch (RuntimeException refused) {
            BoundaryErrors.show(refused, Map.of("periodInOrder", "filter-form:until"));
        }
    }

    private ReportFilter filter() {
        return new ReportFilter(from, until, themeId, sessionId);
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(exports.csv(document()), FILE_NAME + ".csv", true);
    }

    public void exportExcel() throws IOException {
        Faces.sendFile(exports.xlsx(document()), FILE_NAME + ".xlsx", true);
    }

    public void exportPdf() throws IOException {
        Faces.sendFile(exports.pdf(document()), FILE_NAME + ".pdf", true);
    }

    /** The reports shown, as the exports write them: translated, formatted, with the filters stated. */
    private ReportDocument document() {
        return documents.of(funnel, leadTimes, describeFilter());
    }

    public String describeFilter() {
        String theme = themeId == null ? Texts.get("report.filter.all-themes") : themeOptions.stream()
                .filter(option -> option.id() == themeId).map(option -> option.name(Texts.currentLocale()))
                .findFirst().orElse("");
        String session = sessionId == null ? Texts.get("report.filter.all-sessions") : sessionOptions.stream()
                .filter(option -> option.id() == sessionId).map(SessionSummary::title).findFirst().orElse("");
        return Texts.get("report.filter.description", from == null ? "-" : from.toString(),
                until == null ? "-" : until.toString(), theme, session);
    }

    /** Days with one decimal, for the table. */
    public String days(Duration duration) {
        return ReportDocuments.days(duration, Texts.currentLocale());
    }

    /** "activityId=medianMillis activityId=…" for the heatmap drawn by process-diagram.js. */
    public String getHeat() {
        return leadTimes.stream().map(step -> step.activityId() + "=" + step.median().toMillis())
                .collect(Collectors.joining(" "));
    }

    public String getModelUrl() {
        return modelId == null ? null : Faces.getRequestContextPath() + ProcessModelServlet.PATH + "?definition="
                + URLEncoder.encode(modelId, StandardCharsets.UTF_8);
    }

    /** The funnel as a Chart.js bar chart (the table beside it is its text alternative). */
    public String getFunnelChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        funnel.stages().forEach(stage -> {
            labels.add(Texts.get("report.funnel." + stage.key()));
            counts.add(stage.count());
        });
        return barChart(labels, counts, Texts.get("report.count"));
    }

    /** The primary roles' NSOB perspectives as a bar chart. */
    public String getPerspectiveChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        roleMix.perspectives().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            labels.add(Texts.get("role.perspective." + entry.getKey()));
            counts.add(entry.getValue());
        });
        return barChart(labels, counts, Texts.get("report.roles.ideas"));
    }

    private static String barChart(JsonArrayBuilder labels, JsonArrayBuilder values, String label) {
        JsonObject chart = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", label)
                                .add("data", values).add("backgroundColor", "#1d5c3a"))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false))))
                .build();
        return chart.toString();
    }

    public List<RoleMix.RoleCount> getRolesInUse() {
        return roleMix.roles().stream().filter(role -> role.ideas() > 0).toList();
    }

    public List<OverdueTasks> getOverdue() {
        return overdue;
    }

    public Workload getWorkload() {
        return workload;
    }

    public RoleMix getRoleMix() {
        return roleMix;
    }

    public OwnershipAndEscalation getService() {
        return service;
    }

    public FunnelReport getFunnel() {
        return funnel;
    }

    public List<StepLeadTime> getLeadTimes() {
        return leadTimes;
    }

    public List<ThemeSummary> getThemeOptions() {
        return themeOptions;
    }

    public List<SessionSummary> getSessionOptions() {
        return sessionOptions;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }
}
