package nl.samenduurzaam.workflow.report.boundary;

import nl.samenduurzaam.portal.report.boundary.FunnelReport;
import nl.samenduurzaam.portal.report.boundary.OwnershipAndEscalation;
import nl.samenduurzaam.portal.report.boundary.RoleMix;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Every management report for one filter, read in one transaction (figures of one moment), as the page shows them
 * and the exports write them; with the model version the heatmap is drawn on.
 */
public record ReportResults(FunnelReport funnel, List<StepLeadTime> leadTimes, List<OverdueTasks> overdue,
                            OwnershipAndEscalation service, Workload workload, RoleMix roleMix, String modelId)
                                    implements Serializable {

    public ReportResults {
        leadTimes = List.copyOf(leadTimes);
        overdue = List.copyOf(overdue);
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
