package nl.samenduurzaam.portal.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import nl.samenduurzaam.portal.report.boundary.FunnelReport;
import nl.samenduurzaam.portal.web.i18n.Texts;
import nl.samenduurzaam.workflow.report.boundary.StepLeadTime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the reports into the document the exports write: translated labels, figures formatted for the reader. */
@ApplicationScoped
public class ReportDocuments {

    public ReportDocument of(FunnelReport funnel, List<StepLeadTime> leadTimes, String filters) {
        Locale locale = Texts.currentLocale();
        List<List<String>> funnelRows = new ArrayList<>();
        funnel.stages().forEach(stage -> funnelRows.add(List.of(Texts.get("report.funnel." + stage.key()),
                Long.toString(stage.count()), stage.conversionPercent() == null ? ""
                        : String.format(locale, "%.1f", stage.conversionPercent()))));
        funnel.sideExits().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(exit -> funnelRows.add(
                List.of(Texts.get("idea.status." + exit.getKey()), Long.toString(exit.getValue()), "")));
        List<List<String>> leadRows = leadTimes.stream().map(step -> List.of(
                Texts.get("task.name." + step.activityId()), Long.toString(step.count()),
                days(step.median(), locale), days(step.p90(), locale))).toList();
        return new ReportDocument(Texts.get("report.title"), filters, List.of(
                new ReportDocument.Table(Texts.get("report.funnel"), List.of(Texts.get("report.funnel.stage"),
                        Texts.get("report.count"), Texts.get("report.conversion")), funnelRows),
                new ReportDocument.Table(Texts.get("report.lead"), List.of(Texts.get("report.lead.step"),
                        Texts.get("report.count"), Texts.get("report.lead.median"), Texts.get("report.lead.p90")),
                        leadRows)));
    }

    /** Days with one decimal, as the tables and the heatmap show them. */
    public static String days(Duration duration, Locale locale) {
        return String.format(locale, "%.1f", duration.toMinutes() / 1440.0);
    }
}
