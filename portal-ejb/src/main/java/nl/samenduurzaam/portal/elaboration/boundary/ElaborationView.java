package nl.samenduurzaam.portal.elaboration.boundary;

import nl.samenduurzaam.portal.elaboration.entity.Elaboration;
import nl.samenduurzaam.portal.elaboration.entity.ElaborationStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ElaborationView(String ideaNumber, String owner, String goal, String approach,
                              String partnersInvolved, BigDecimal budgetNeed, String askOfMunicipality,
                              ElaborationStatus status, List<MilestoneView> milestones,
                              List<ProgressView> progress, int currentProgress, long version) implements Serializable {

    /** Whether the owner may still change the plan and its milestones. */
    public boolean isOpenForChanges() {
        return status.isOpenForChanges();
    }

    public boolean isApproved() {
        return status == ElaborationStatus.APPROVED;
    }

    public record MilestoneView(long id, String title, LocalDate dueDate, int progress, Instant completedAt)
            implements Serializable {
    }

    /**
     * A progress report: {@code percentage} is the whole elaboration's figure; a report on a milestone also has the
     * milestone and the figure entered for it.
     */
    public record ProgressView(Instant reportedAt, String reportedBy, int percentage, String text,
                               String milestoneTitle, Integer milestonePercentage) implements Serializable {
    }

    static ElaborationView of(Elaboration e) {
        return new ElaborationView(e.getIdea().getNumber(), e.getOwner().getName(), e.getGoal(), e.getApproach(),
                e.getPartnersInvolved(), e.getBudgetNeed(), e.getAskOfMunicipality(), e.getStatus(),
                e.getMilestones().stream().map(m -> new MilestoneView(m.getId(), m.getTitle(), m.getDueDate(),
                        m.getProgress(), m.getCompletedAt())).toList(),
                e.getProgressUpdates().stream().map(p -> new ProgressView(p.getReportedAt(), p.getReportedBy(),
                        p.getPercentage(), p.getText(), p.getMilestoneTitle(), p.getMilestonePercentage())).toList(),
                e.currentProgress(), e.getVersion());
    }
}
