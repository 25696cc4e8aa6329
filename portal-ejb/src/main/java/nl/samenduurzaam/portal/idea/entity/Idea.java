package nl.samenduurzaam.portal.idea.entity;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** An idea on its way from submission to realisation; its methods guard the lifecycle's transitions. */
@Entity
@Table(name = "idea")
@NamedQuery(name = Idea.BY_NUMBER, query = "select i from Idea i where i.number = :number")
@NamedQuery(name = Idea.BY_NUMBERS, query = "select i from Idea i where i.number in :numbers")
@NamedQuery(name = Idea.BY_PROPOSING_ORGANISATION,
        query = "select i from Idea i where i.proposingOrganisation.id = :organisationId order by i.submittedAt desc")
public class Idea {

    public static final String BY_NUMBER = "Idea.byNumber";
    public static final String BY_NUMBERS = "Idea.byNumbers";
    public static final String BY_PROPOSING_ORGANISATION = "Idea.byProposingOrganisation";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "idea_number", nullable = false, length = 20, updatable = false)
    private String number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 10000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposing_organisation_id", updatable = false)
    private Organisation proposingOrganisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submitted_by_id", updatable = false)
    private Account submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private IdeaStatus status;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @OneToMany(mappedBy = "idea", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<IdeaEvent> timeline = new ArrayList<>();

    @Version
    private long version;

    protected Idea() {
    }

    private Idea(String number, String title, String description, Theme theme, Account submittedBy, Instant now) {
        this.number = number;
        this.title = title;
        this.description = description;
        this.theme = theme;
        this.submittedBy = submittedBy;
        this.proposingOrganisation = submittedBy.getOrganisation()
                .orElseThrow(() -> new IllegalArgumentException("Only a member of an organisation submits ideas"));
        this.status = IdeaStatus.SUBMITTED;
        this.submittedAt = now;
        this.statusChangedAt = now;
        timeline.add(new IdeaEvent(this, now, submittedBy.getUsername(), IdeaEventType.SUBMITTED, null,
                IdeaStatus.SUBMITTED, null));
    }

    public static Idea submit(String number, String title, String description, Theme theme, Account submittedBy,
                              Instant now) {
        if (!IdeaNumber.isValid(number)) {
            throw new IllegalArgumentException("Not an idea number: " + number);
        }
        return new Idea(number, Objects.requireNonNull(title), Objects.requireNonNull(description),
                Objects.requireNonNull(theme), Objects.requireNonNull(submittedBy), Objects.requireNonNull(now));
    }

    public void shortlist(String actor, Instant now) {
        moveTo(IdeaStatus.SHORTLISTED, null, actor, now);
    }

    public void notPursue(String reason, String actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An idea is not pursued only with a reason");
        }
        moveTo(IdeaStatus.NOT_PURSUED, reason, actor, now);
    }

    private void moveTo(IdeaStatus next, String reason, String actor, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStatusTransitionException(status, next);
        }
        timeline.add(new IdeaEvent(this, now, actor, IdeaEventType.STATUS_CHANGED, status, next, reason));
        this.status = next;
        this.statusReason = reason;
        this.statusChangedAt = now;
    }

    public boolean isProposedBy(Organisation organisation) {
        return organisation != null && Objects.equals(proposingOrganisation.getId(), organisation.getId());
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Theme getTheme() {
        return theme;
    }

    public Organisation getProposingOrganisation() {
        return proposingOrganisation;
    }

    public Account getSubmittedBy() {
        return submittedBy;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public List<IdeaEvent> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }

    public long getVersion() {
        return version;
    }
}
