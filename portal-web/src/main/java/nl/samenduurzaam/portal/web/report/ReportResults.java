package nl.samenduurzaam.portal.web.report;

import nl.samenduurzaam.portal.report.boundary.FunnelReport;
import nl.samenduurzaam.portal.report.boundary.OwnershipAndEscalation;
import nl.samenduurzaam.portal.report.boundary.ProgrammeReports;
import nl.samenduurzaam.portal.report.boundary.ReportFilter;
import nl.samenduurzaam.portal.report.boundary.RoleMix;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.report.boundary.OverdueTasks;
import nl.samenduurzaam.workflow.report.boundary.ProcessReports;
import nl.samenduurzaam.workflow.report.boundary.StepLeadTime;
import nl.samenduurzaam.workflow.report.boundary.Workload;

import java.util.List;
import java.util.Optional;

/** Every management report for one filter, as the page shows them and the exports write them. */
public record ReportResults(FunnelReport funnel, List<StepLeadTime> leadTimes, List<OverdueTasks> overdue,
                            OwnershipAndEscalation service, Workload workload, RoleMix roleMix) {

    public ReportResults {
        leadTimes = List.copyOf(leadTimes);
        overdue = List.copyOf(overdue);
    }

    /** Reads every report for the filter from the two report boundaries (each checks the caller's roles). */
    public static ReportResults read(ProgrammeReports programme, ProcessReports process, ReportFilter filter) {
        return new ReportResults(programme.funnel(filter), process.leadTimes(filter), process.overdue(filter),
                programme.ownershipAndEscalation(filter), process.workload(filter), programme.roleMix(filter));
    }

    /** How long partner organisations took to answer an ownership proposal: that step's lead time. */
    public Optional<StepLeadTime> ownershipAnswerTime() {
        return leadTimes.stream().filter(step -> IdeaLifecycle.ACCEPT_OWNERSHIP.equals(step.activityId()))
                .findFirst();
    }

    /** The roles that at least one idea has, in the catalogue's order. */
    public List<RoleMix.RoleCount> rolesInUse() {
        return roleMix.roles().stream().filter(role -> role.ideas() > 0).toList();
    }
}
