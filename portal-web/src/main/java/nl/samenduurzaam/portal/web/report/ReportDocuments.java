package nl.samenduurzaam.portal.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import nl.samenduurzaam.portal.report.boundary.FunnelReport;
import nl.samenduurzaam.portal.report.boundary.OwnershipAndEscalation;
import nl.samenduurzaam.portal.report.boundary.RoleMix;
import nl.samenduurzaam.portal.web.i18n.Texts;
import nl.samenduurzaam.workflow.report.boundary.ReportResults;
import nl.samenduurzaam.workflow.report.boundary.Workload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the reports into the document the exports write: every report as a table with translated labels and the
 * figures formatted for the reader, in the order of the page.
 */
@ApplicationScoped
public class ReportDocuments {

    public ReportDocument of(ReportResults results, String filters) {
        Locale locale = Texts.currentLocale();
        List<ReportDocument.Table> tables = new ArrayList<>();
        tables.add(funnel(results.funnel(), locale));
        tables.add(new ReportDocument.Table(Texts.get("report.lead"), Texts.get("report.sheet.lead"),
                List.of(Texts.get("report.lead.step"),
                Texts.get("report.count"), Texts.get("report.lead.median"), Texts.get("report.lead.p90")),
                results.leadTimes().stream().map(step -> List.of(Texts.get("task.name." + step.activityId()),
                        Long.toString(step.count()), days(step.median(), locale), days(step.p90(), locale)))
                        .toList()));
        tables.add(new ReportDocument.Table(Texts.get("report.sla"), Texts.get("report.sheet.sla"),
                List.of(Texts.get("report.sla.group"),
                Texts.get("report.lead.step"), Texts.get("report.sla.open"), Texts.get("report.sla.overdue")),
                results.overdue().stream().map(row -> List.of(Texts.get("report.group." + row.group()),
                        Texts.get("task.name." + row.taskKey()), Long.toString(row.open()),
                        Long.toString(row.overdue()))).toList()));
        tables.add(service(results, locale));
        tables.addAll(workload(results.workload()));
        tables.addAll(roles(results, locale));
        return new ReportDocument(Texts.get("report.title"), filters, tables);
    }

    private static ReportDocument.Table funnel(FunnelReport funnel, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        funnel.stages().forEach(stage -> rows.add(List.of(Texts.get("report.funnel." + stage.key()),
                Long.toString(stage.count()), percent(stage.conversionPercent(), locale),
                Texts.get("report.funnel." + stage.key() + ".definition"))));
        funnel.sideExits().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(exit -> rows.add(
                List.of(Texts.get("idea.status." + exit.getKey()), Long.toString(exit.getValue()), "",
                        Texts.get("report.funnel.exit.definition"))));
        ReportDocument.Chart chart = new ReportDocument.Chart(Texts.get("report.funnel.chart"),
                List.of(Texts.get("report.count")), funnel.stages().stream().map(stage -> new ReportDocument.Bar(
                        Texts.get("report.funnel." + stage.key()), List.of(stage.count()))).toList());
        return new ReportDocument.Table(Texts.get("report.funnel"), Texts.get("report.sheet.funnel"),
                List.of(Texts.get("report.funnel.stage"), Texts.get("report.count"), Texts.get("report.conversion"),
                        Texts.get("report.definition")), rows, chart);
    }

    private static ReportDocument.Table service(ReportResults results, Locale locale) {
        List<List<String>> rows = serviceFigures(results, locale).stream().map(figure -> List.of(
                Texts.get("report.sla." + figure.key()), figure.value(),
                Texts.get("report.sla." + figure.key() + ".definition"))).toList();
        return new ReportDocument.Table(Texts.get("report.sla.service"), Texts.get("report.sheet.service"),
                List.of(Texts.get("report.figure"), Texts.get("report.value"), Texts.get("report.definition")), rows);
    }

    /**
     * The figures of ownership and escalation in the order of the page and the exports, each with its formatted
     * value; its name is {@code report.sla.<key>}, its definition {@code report.sla.<key>.definition}.
     */
    public static List<Figure> serviceFigures(ReportResults results, Locale locale) {
        OwnershipAndEscalation service = results.service();
        return List.of(
                new Figure("escalations", Long.toString(service.escalations())),
                new Figure("owner-proposals", Long.toString(service.ownerProposals())),
                new Figure("accepted", Long.toString(service.accepted())),
                new Figure("declined", Long.toString(service.declined())),
                new Figure("lapsed", Long.toString(service.lapsed())),
                new Figure("waiting", Long.toString(service.waiting())),
                new Figure("acceptance-rate", percent(service.acceptancePercent(), locale)),
                new Figure("answer-time", results.ownershipAnswerTime()
                        .map(step -> days(step.median(), locale)).orElse("")));
    }

    /** A figure of a report: the key of its name and definition, and its value as the reader sees it. */
    public record Figure(String key, String value) implements java.io.Serializable {
    }

    private static List<ReportDocument.Table> workload(Workload workload) {
        ReportDocument.Chart chart = new ReportDocument.Chart(Texts.get("report.workload.chart"), List.of(
                Texts.get("report.workload.unclaimed"), Texts.get("report.workload.claimed")),
                workload.groups().stream().map(group -> new ReportDocument.Bar(
                        Texts.get("report.group." + group.group()), List.of(group.unclaimed(), group.claimed())))
                        .toList());
        ReportDocument.Table groups = new ReportDocument.Table(Texts.get("report.workload.groups"),
                Texts.get("report.sheet.workload-groups"), List.of(Texts.get("report.sla.group"),
                Texts.get("report.workload.unclaimed"), Texts.get("report.workload.claimed")),
                workload.groups().stream().map(group -> List.of(Texts.get("report.group." + group.group()),
                        Long.toString(group.unclaimed()), Long.toString(group.claimed()))).toList(), chart);
        List<String> header = new ArrayList<>(List.of(Texts.get("report.workload.person"),
                Texts.get("report.workload.holding")));
        workload.weeks().forEach(week -> header.add(Texts.get("report.workload.week", week.toString())));
        List<List<String>> rows = new ArrayList<>();
        for (Workload.PersonLoad person : workload.people()) {
            List<String> row = new ArrayList<>(List.of(person.person(), Long.toString(person.holding())));
            person.completedPerWeek().forEach(completed -> row.add(Long.toString(completed)));
            rows.add(row);
        }
        return List.of(groups, new ReportDocument.Table(Texts.get("report.workload.people"),
                Texts.get("report.sheet.workload-people"), header, rows));
    }

    private static List<ReportDocument.Table> roles(ReportResults results, Locale locale) {
        RoleMix mix = results.roleMix();
        List<List<String>> roleRows = new ArrayList<>();
        results.rolesInUse().forEach(role -> roleRows.add(List.of(Texts.inLanguage(locale, role.nameNl(), role.nameEn()),
                Long.toString(role.ideas()))));
        roleRows.add(List.of(Texts.get("report.roles.approved"), Long.toString(mix.approved())));
        roleRows.add(List.of(Texts.get("report.roles.conflicting"), Long.toString(mix.conflicting())));
        List<List<String>> perspectiveRows = mix.perspectives().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(entry -> List.of(
                        Texts.get("role.perspective." + entry.getKey()), Long.toString(entry.getValue()))).toList();
        ReportDocument.Chart chart = new ReportDocument.Chart(Texts.get("report.roles.perspectives"),
                List.of(Texts.get("report.roles.ideas")), mix.perspectives().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(entry -> new ReportDocument.Bar(
                        Texts.get("role.perspective." + entry.getKey()), List.of(entry.getValue()))).toList());
        return List.of(
                new ReportDocument.Table(Texts.get("report.roles"), Texts.get("report.sheet.roles"),
                        List.of(Texts.get("admin.role.name"), Texts.get("report.roles.ideas")), roleRows),
                new ReportDocument.Table(Texts.get("report.roles.perspective-table"),
                        Texts.get("report.sheet.perspectives"), List.of(Texts.get("report.roles.perspective"),
                        Texts.get("report.roles.ideas")), perspectiveRows, chart));
    }

    /** Days with one decimal, as the tables and the heatmap show them. */
    public static String days(Duration duration, Locale locale) {
        return String.format(locale, "%.1f", duration.toMinutes() / 1440.0);
    }

    private static String percent(Double value, Locale locale) {
        return value == null ? "" : String.format(locale, "%.1f", value);
    }
}
