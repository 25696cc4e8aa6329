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
        tables.add(new ReportDocument.Table(Texts.get("report.lead"), List.of(Texts.get("report.lead.step"),
                Texts.get("report.count"), Texts.get("report.lead.median"), Texts.get("report.lead.p90")),
                results.leadTimes().stream().map(step -> List.of(Texts.get("task.name." + step.activityId()),
                        Long.toString(step.count()), days(step.median(), locale), days(step.p90(), locale)))
                        .toList()));
        tables.add(new ReportDocument.Table(Texts.get("report.sla"), List.of(Texts.get("report.sla.group"),
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
                Long.toString(stage.count()), percent(stage.conversionPercent(), locale))));
        funnel.sideExits().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(exit -> rows.add(
                List.of(Texts.get("idea.status." + exit.getKey()), Long.toString(exit.getValue()), "")));
        return new ReportDocument.Table(Texts.get("report.funnel"), List.of(Texts.get("report.funnel.stage"),
                Texts.get("report.count"), Texts.get("report.conversion")), rows);
    }

    private static ReportDocument.Table service(ReportResults results, Locale locale) {
        OwnershipAndEscalation service = results.service();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Texts.get("report.sla.escalations"), Long.toString(service.escalations())));
        rows.add(List.of(Texts.get("report.sla.owner-proposals"), Long.toString(service.ownerProposals())));
        rows.add(List.of(Texts.get("report.sla.row.accepted"), Long.toString(service.accepted())));
        rows.add(List.of(Texts.get("report.sla.row.declined"), Long.toString(service.declined())));
        rows.add(List.of(Texts.get("report.sla.row.lapsed"), Long.toString(service.lapsed())));
        rows.add(List.of(Texts.get("report.sla.acceptance-rate"), percent(service.acceptancePercent(), locale)));
        rows.add(List.of(Texts.get("report.sla.answer-time"), results.ownershipAnswerTime()
                .map(step -> days(step.median(), locale)).orElse("")));
        return new ReportDocument.Table(Texts.get("report.sla.service"), List.of(Texts.get("report.figure"),
                Texts.get("report.value")), rows);
    }

    private static List<ReportDocument.Table> workload(Workload workload) {
        ReportDocument.Table groups = new ReportDocument.Table(Texts.get("report.workload.groups"), List.of(
                Texts.get("report.sla.group"), Texts.get("report.workload.unclaimed"),
                Texts.get("report.workload.claimed")), workload.groups().stream().map(group -> List.of(
                Texts.get("report.group." + group.group()), Long.toString(group.unclaimed()),
                Long.toString(group.claimed()))).toList());
        List<String> header = new ArrayList<>(List.of(Texts.get("report.workload.person"),
                Texts.get("report.workload.holding")));
        workload.weeks().forEach(week -> header.add(Texts.get("report.workload.week", week.toString())));
        List<List<String>> rows = new ArrayList<>();
        for (Workload.PersonLoad person : workload.people()) {
            List<String> row = new ArrayList<>(List.of(person.person(), Long.toString(person.holding())));
            person.completedPerWeek().forEach(completed -> row.add(Long.toString(completed)));
            rows.add(row);
        }
        return List.of(groups, new ReportDocument.Table(Texts.get("report.workload.people"), header, rows));
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
        return List.of(
                new ReportDocument.Table(Texts.get("report.roles"), List.of(Texts.get("admin.role.name"),
                        Texts.get("report.roles.ideas")), roleRows),
                new ReportDocument.Table(Texts.get("report.roles.perspective-table"), List.of(
                        Texts.get("report.roles.perspective"), Texts.get("report.roles.ideas")), perspectiveRows));
    }

    /** Days with one decimal, as the tables and the heatmap show them. */
    public static String days(Duration duration, Locale locale) {
        return String.format(locale, "%.1f", duration.toMinutes() / 1440.0);
    }

    private static String percent(Double value, Locale locale) {
        return value == null ? "" : String.format(locale, "%.1f", value);
    }
}
