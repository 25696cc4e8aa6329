package nl.samenduurzaam.portal.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.samenduurzaam.portal.report.boundary.ReportFilter;
import nl.samenduurzaam.portal.session.boundary.SessionSummary;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.portal.web.i18n.Texts;
import nl.samenduurzaam.portal.web.idea.ProcessModelServlet;
import nl.samenduurzaam.workflow.report.boundary.ProcessReports;
import nl.samenduurzaam.workflow.report.boundary.ReportResults;
import org.omnifaces.cdi.ViewScoped;
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
 * Management's process reports: the funnel, the lead time per step (also as a heatmap on the BPMN diagram), due dates
 * and escalations, workload and the municipal role mix, filtered by period, theme and session, with exports of every
 * report to CSV, Excel and PDF that state their filters.
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
    private ProcessReports processReports;

    @Inject
    private Themes themes;

    @Inject
    private Sessions sessions;

    private LocalDate from;
    private LocalDate until;
    private Long themeId;
    private Long sessionId;
    private ReportResults results;
    private List<ThemeSummary> themeOptions;
    private List<SessionSummary> sessionOptions;

    @PostConstruct
    void init() {
        themeOptions = themes.all();
        sessionOptions = sessions.all();
        show();
    }

    public void show() {
        refresh();
    }

    /** Reads every report for the filter as it is in the form now; a refused filter ends the action there. */
    private void refresh() {
        results = processReports.all(filter());
    }

    private ReportFilter filter() {
        return new ReportFilter(from, until, themeId, sessionId);
    }

    public void exportCsv() throws IOException {
        refresh();
        Faces.sendFile(exports.csv(document()), FILE_NAME + ".csv", true);
    }

    public void exportExcel() throws IOException {
        refresh();
        Faces.sendFile(exports.xlsx(document()), FILE_NAME + ".xlsx", true);
    }

    public void exportPdf() throws IOException {
        refresh();
        Faces.sendFile(exports.pdf(document()), FILE_NAME + ".pdf", true);
    }

    /**
     * The reports as the exports write them: translated, formatted, with the filters stated. Read again for the
     * filter in the form, so that a file never states other filters than its figures were made with.
     */
    private ReportDocument document() {
        return documents.of(results, describeFilter());
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

    public List<ReportDocuments.Figure> getServiceFigures() {
        return ReportDocuments.serviceFigures(results, Texts.currentLocale());
    }

    /** Days with one decimal, for the table. */
    public String days(Duration duration) {
        return ReportDocuments.days(duration, Texts.currentLocale());
    }

    /** "activityId=medianMillis activityId=…" for the heatmap drawn by process-diagram.js. */
    public String getHeat() {
        return results.leadTimes().stream().map(step -> step.activityId() + "=" + step.median().toMillis())
                .collect(Collectors.joining(" "));
    }

    public String getModelUrl() {
        return results == null ? null : Faces.getRequestContextPath() + ProcessModelServlet.PATH + "?definition="
                + URLEncoder.encode(results.modelId(), StandardCharsets.UTF_8);
    }

    /** The funnel as a Chart.js bar chart (the table beside it is its text alternative). */
    public String getFunnelChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        results.funnel().stages().forEach(stage -> {
            labels.add(Texts.get("report.funnel." + stage.key()));
            counts.add(stage.count());
        });
        return barChart(labels, counts, Texts.get("report.count"));
    }

    /** The primary roles' NSOB perspectives as a bar chart. */
    public String getPerspectiveChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        results.roleMix().perspectives().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            labels.add(Texts.get("role.perspective." + entry.getKey()));
            counts.add(entry.getValue());
        });
        return barChart(labels, counts, Texts.get("report.roles.ideas"));
    }

    /** Per candidate group the open tasks not yet claimed and those claimed, stacked. */
    public String getWorkloadChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder unclaimed = Json.createArrayBuilder();
        JsonArrayBuilder claimed = Json.createArrayBuilder();
        results.workload().groups().forEach(group -> {
            labels.add(Texts.get("report.group." + group.group()));
            unclaimed.add(group.unclaimed());
            claimed.add(group.claimed());
        });
        JsonObject chart = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets",
                        Json.createArrayBuilder()
                                .add(dataset(Texts.get("report.workload.unclaimed"), unclaimed, "#b35c00"))
                                .add(dataset(Texts.get("report.workload.claimed"), claimed, "#1d5c3a"))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build();
        return chart.toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    private static String barChart(JsonArrayBuilder labels, JsonArrayBuilder values, String label) {
        JsonObject chart = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets",
                        Json.createArrayBuilder().add(dataset(label, values, "#1d5c3a"))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false))))
                .build();
        return chart.toString();
    }

    public ReportResults getResults() {
        return results;
    }

    /** The median time partner organisations took to answer an ownership proposal, in days; null without any. */
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
