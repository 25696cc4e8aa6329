package nl.samenduurzaam.portal.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.report.boundary.FunnelReport;
import nl.samenduurzaam.portal.report.boundary.ProgrammeReports;
import nl.samenduurzaam.portal.report.boundary.ReportFilter;
import nl.samenduurzaam.portal.session.boundary.SessionSummary;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.portal.web.i18n.BoundaryErrors;
import nl.samenduurzaam.portal.web.i18n.Texts;
import nl.samenduurzaam.portal.web.idea.ProcessModelServlet;
import nl.samenduurzaam.workflow.report.boundary.ProcessReports;
import nl.samenduurzaam.workflow.report.boundary.StepLeadTime;
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
