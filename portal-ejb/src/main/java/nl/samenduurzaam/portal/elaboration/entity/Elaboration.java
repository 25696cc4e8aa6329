package nl.samenduurzaam.portal.elaboration.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.organisation.entity.Organisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The owner organisation's plan for an idea, its milestones and the progress it reports. */
@Entity
@Table(name = "elaboration")
@NamedQuery(name = Elaboration.BY_IDEA, query = "select e from Elaboration e where e.idea.id = :ideaId")
public class Elaboration {

    public static final String BY_IDEA = "Elaboration.byIdea";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "idea_id")
    private Idea idea;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_organisation_id")
    private Organisation owner;

    @Column(length = 4000)
    private String goal;

    @Column(length = 10000)
    private String approach;

    @Column(name = "partners_involved", length = 4000)
    private String partnersInvolved;

    @Column(name = "budget_need", precision = 14, scale = 2)
    private BigDecimal budgetNeed;

    @Column(name = "ask_of_municipality", length = 4000)
    private String askOfMunicipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ElaborationStatus status = ElaborationStatus.DRAFT;

    @OneToMany(mappedBy = "elaboration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "elaboration", cascade = CascadeType.ALL)
    @OrderBy("reportedAt")
    private List<ProgressUpdate> progressUpdates = new ArrayList<>();

    @Version
    private long version;

    protected Elaboration() {
    }

    public Elaboration(Idea idea, Organisation owner) {
        this.idea = Objects.requireNonNull(idea);
        this.owner = Objects.requireNonNull(owner);
    }

    public void plan(String goal, String approach, String partnersInvolved, BigDecimal budgetNeed,
                     String askOfMunicipality) {
        requireEditable();
        if (budgetNeed != null && budgetNeed.signum() < 0) {
            throw new IllegalArgumentException("A budget need is not negative");
        }
        this.goal = goal;
        this.approach = approach;
        this.partnersInvolved = partnersInvolved;
        this.budgetNeed = budgetNeed;
        this.askOfMunicipality = askOfMunicipality;
    }

    public Milestone addMilestone(String title, LocalDate dueDate) {
        requireEditable();
        Milestone milestone = new Milestone(this, milestones.size(), title, dueDate);
        milestones.add(milestone);
        return milestone;
    }

    /** Changes a milestone's title and date, while the plan is still the owner's to change. */
    public void changeMilestone(long milestoneId, String title, LocalDate dueDate) {
        requireEditable();
        milestone(milestoneId).change(title, dueDate);
    }

    /** Takes a milestone out of the plan, while the plan is still the owner's to change; the rest keep their order. */
    public void removeMilestone(long milestoneId) {
        requireEditable();
        milestones.remove(milestone(milestoneId));
        for (int position = 0; position < milestones.size(); position++) {
            milestones.get(position).moveTo(position);
        }
    }

    public Milestone milestone(long milestoneId) {
        return milestones.stream().filter(milestone -> milestone.getId() == milestoneId).findFirst()
                .orElseThrow(() -> new NotFoundException("elaboration.milestone.not-found"));
    }

    /** The plan goes to review; it needs a goal, an approach and at least one milestone. */
    public void submitForReview() {
        requireEditable();
        if (isBlank(goal) || isBlank(approach) || milestones.isEmpty()) {
            throw new PortalException("elaboration.incomplete");
        }
        status = ElaborationStatus.SUBMITTED;
    }

    public void requestRevision() {
        requireStatus(ElaborationStatus.SUBMITTED);
        status = ElaborationStatus.REVISION_REQUESTED;
    }

    public void approve() {
        requireStatus(ElaborationStatus.SUBMITTED);
        status = ElaborationStatus.APPROVED;
    }

    /** Progress is reported on an approved plan (realisation), overall and optionally for one milestone. */
    public ProgressUpdate reportProgress(int percentage, String text, Milestone milestone, String reporter,
                                         Instant now) {
        requireStatus(ElaborationStatus.APPROVED);
        requirePercentage(percentage);
        if (milestone != null) {
            if (!milestones.contains(milestone)) {
                throw new IllegalArgumentException("Not a milestone of this elaboration");
            }
            milestone.progress(percentage, now);
        }
        ProgressUpdate update = new ProgressUpdate(this, now, reporter, overallProgress(percentage, milestone),
                text, milestone, percentage);
        progressUpdates.add(update);
        return update;
    }

    /** Overall progress: the mean of the milestones' progress, or the reported figure when there are none. */
    private int overallProgress(int reported, Milestone milestone) {
        if (milestone == null || milestones.isEmpty()) {
            return reported;
        }
        return (int) Math.round(milestones.stream().mapToInt(Milestone::getProgress).average().orElse(0));
    }

    public int currentProgress() {
        return progressUpdates.isEmpty() ? 0 : progressUpdates.get(progressUpdates.size() - 1).getPercentage();
    }

    static void requirePercentage(int percentage) {
        if (percentage < 0 || percentage > 100) {
            throw new IllegalArgumentException("A percentage lies between 0 and 100");
        }
    }

    private void requireEditable() {
        if (!status.isOpenForChanges()) {
            throw new PortalException("elaboration.not-editable");
        }
    }

    private void requireStatus(ElaborationStatus expected) {
        if (status != expected) {
            throw new PortalException("elaboration.wrong-status");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Idea getIdea() {
        return idea;
    }

    public Organisation getOwner() {
        return owner;
    }

    public String getGoal() {
        return goal;
    }

    public String getApproach() {
        return approach;
    }

    public String getPartnersInvolved() {
        return partnersInvolved;
    }

    public BigDecimal getBudgetNeed() {
        return budgetNeed;
    }

    public String getAskOfMunicipality() {
        return askOfMunicipality;
    }

    public ElaborationStatus getStatus() {
        return status;
    }

    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<ProgressUpdate> getProgressUpdates() {
        return Collections.unmodifiableList(progressUpdates);
    }

    public long getVersion() {
        return version;
    }
}
