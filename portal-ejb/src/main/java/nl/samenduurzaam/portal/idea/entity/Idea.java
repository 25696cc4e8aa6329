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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.insight.entity.Insight;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** An idea on its way from submission to realisation; its methods guard the lifecycle's transitions. */
@Entity
@Table(name = "idea")
@NamedQuery(name = Idea.BY_NUMBER, query = "select i from Idea i where i.number = :number")
@NamedQuery(name = Idea.MERGED_INTO, query = "select i.number from Idea i where i.mergedInto.id = :ideaId "
        + "order by i.number")
@NamedQuery(name = Idea.BY_SUBMISSION_KEY, query = "select i from Idea i where i.submissionKey = :key")
@NamedQuery(name = Idea.BY_NUMBERS, query = "select i from Idea i where i.number in :numbers")
@NamedQuery(name = Idea.PUBLISHED, query = "select i from Idea i where i.publishedAt is not null "
        + "order by i.publishedAt desc, i.id desc")
@NamedQuery(name = Idea.OF_ORGANISATION,
        query = "select distinct i from Idea i left join i.coProposers c left join i.ownerOrganisation o "
                + "left join i.proposedOwner p where i.proposingOrganisation.id = :organisationId "
                + "or c.id = :organisationId or o.id = :organisationId or p.id = :organisationId "
                + "order by i.submittedAt desc")
public class Idea {

    public static final String BY_NUMBER = "Idea.byNumber";
    public static final String PUBLISHED = "Idea.published";
    public static final String BY_NUMBERS = "Idea.byNumbers";
    public static final String BY_SUBMISSION_KEY = "Idea.bySubmissionKey";
    public static final String MERGED_INTO = "Idea.mergedInto";
    /** The ideas an organisation proposed, co-proposed, owns or is asked to own. */
    public static final String OF_ORGANISATION = "Idea.ofOrganisation";

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

    @Column(length = 10000)
    private String problem;

    @Column(name = "expected_impact", length = 10000)
    private String expectedImpact;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @ManyToMany
    @JoinTable(name = "idea_additional_theme", joinColumns = @JoinColumn(name = "idea_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> additionalThemes = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_session_id", updatable = false)
    private Session originSession;

    @ManyToMany
    @JoinTable(name = "idea_insight", joinColumns = @JoinColumn(name = "idea_id"),
            inverseJoinColumns = @JoinColumn(name = "insight_id"))
    private Set<Insight> originInsights = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposing_organisation_id", updatable = false)
    private Organisation proposingOrganisation;

    @ManyToMany
    @JoinTable(name = "idea_co_proposer", joinColumns = @JoinColumn(name = "idea_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> coProposers = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "idea_co_author", joinColumns = @JoinColumn(name = "idea_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> coAuthors = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id")
    private Organisation ownerOrganisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_owner_id")
    private Organisation proposedOwner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Idea mergedInto;

    @Column(name = "published_at")
    private Instant publishedAt;

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

    /** The key of the submission form, so that a retried submission finds this idea instead of a second one. */
    @Column(name = "submission_key", length = 36, updatable = false)
    private String submissionKey;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @OneToMany(mappedBy = "idea", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<IdeaEvent> timeline = new ArrayList<>();

    @Version
    private long version;

    protected Idea() {
    }

    private Idea(String number, String title, String description, Theme theme, Organisation proposer,
                 Account submittedBy, Instant now) {
        if (!IdeaNumber.isValid(number)) {
            throw new IllegalArgumentException("Not an idea number: " + number);
        }
        this.number = number;
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
        this.theme = Objects.requireNonNull(theme);
        this.submittedBy = Objects.requireNonNull(submittedBy);
        this.proposingOrganisation = Objects.requireNonNull(proposer);
        this.status = IdeaStatus.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(now);
        this.statusChangedAt = now;
        timeline.add(new IdeaEvent(this, now, submittedBy.getUsername(), IdeaEventType.SUBMITTED, null,
                IdeaStatus.SUBMITTED, null));
    }

    /** A partner submits an idea for its own organisation. */
    public static Idea submit(String number, String title, String description, Theme theme, Account submittedBy,
                              Instant now) {
        Organisation organisation = submittedBy.getOrganisation()
                .orElseThrow(() -> new IllegalArgumentException("Only a member of an organisation submits ideas"));
        return new Idea(number, title, description, theme, organisation, submittedBy, now);
    }

    /** As {@link #submit}, from a form whose retry must find this idea again. */
    public static Idea submit(String number, String title, String description, Theme theme, Account submittedBy,
                              Instant now, String submissionKey) {
        Idea idea = submit(number, title, description, theme, submittedBy, now);
        idea.submissionKey = submissionKey;
        return idea;
    }

    /** Whether this idea was submitted by that person with that form. */
    public boolean wasSubmittedWith(String key, Account account) {
        return key != null && key.equals(submissionKey) && submittedBy != null
                && submittedBy.getId().equals(account.getId());
    }

    /**
     * A facilitator or civil servant turns insights of one session into an idea proposed by a partner organisation;
     * the idea keeps the session and the insights as its origin.
     */
    public static Idea fromInsights(String number, String title, String description, Theme theme,
                                    Session session, Collection<Insight> insights, Organisation proposer,
                                    Account convertedBy, Instant now) {
        if (insights.isEmpty()) {
            throw new PortalException("insight.convert.not-allowed");
        }
        if (insights.stream().anyMatch(insight -> !insight.getSession().getId().equals(session.getId()))) {
            throw new PortalException("insight.convert.not-allowed");
        }
        Idea idea = new Idea(number, title, description, theme, proposer, convertedBy, now);
        idea.originSession = session;
        insights.forEach(insight -> {
            insight.markConverted();
            idea.originInsights.add(insight);
        });
        return idea;
    }

    /** Changes the texts while the idea is still open; the change is on the timeline. */
    public void edit(String newTitle, String newProblem, String newDescription, String newExpectedImpact,
                     String actor, Instant now) {
        requireOpen();
        this.title = Objects.requireNonNull(newTitle);
        this.problem = newProblem;
        this.description = Objects.requireNonNull(newDescription);
        this.expectedImpact = newExpectedImpact;
        timeline.add(new IdeaEvent(this, now, actor, IdeaEventType.EDITED, status, status, null));
    }

    public void addTheme(Theme additional) {
        if (!additional.getId().equals(theme.getId())) {
            additionalThemes.add(additional);
        }
    }

    public void addCoProposer(Organisation organisation) {
        if (!organisation.getId().equals(proposingOrganisation.getId())) {
            coProposers.add(organisation);
        }
    }

    /** A co-author works at one of the proposing organisations. */
    public void addCoAuthor(Account author, String actor, Instant now) {
        if (!isProposedBy(author.getOrganisation().orElse(null))) {
            throw new IllegalArgumentException("A co-author belongs to a proposing organisation");
        }
        if (coAuthors.add(author)) {
            timeline.add(new IdeaEvent(this, now, actor, IdeaEventType.CO_AUTHOR_ADDED, status, status,
                    author.getDisplayName()));
        }
    }

    /** An organisation is asked to take the idea on; it may read the idea while it decides. */
    public void proposeOwner(Organisation proposed, String actor, Instant now, String reference) {
        requireOpen();
        this.proposedOwner = Objects.requireNonNull(proposed);
        recordWorkflowEvent(IdeaEventType.OWNER_PROPOSED, proposed.getName(), actor, now, reference);
    }

    /** The proposed organisation declined or let the proposal lapse. */
    public void withdrawOwnerProposal(IdeaEventType why, String reason, String actor, Instant now,
                                      String reference) {
        this.proposedOwner = null;
        recordWorkflowEvent(why, reason, actor, now, reference);
    }

    public boolean isProposedAsOwner(Organisation organisation) {
        return organisation != null && proposedOwner != null
                && Objects.equals(proposedOwner.getId(), organisation.getId());
    }

    public void assignOwner(Organisation owner, String actor, Instant now) {
        requireOpen();
        this.ownerOrganisation = Objects.requireNonNull(owner);
        this.proposedOwner = null;
        timeline.add(new IdeaEvent(this, now, actor, IdeaEventType.OWNER_ASSIGNED, status, status, owner.getName()));
    }

    /**
     * Writes a workflow event (proposal, reminder, escalation) on the timeline once: a step retried with the same
     * reference finds its entry and writes nothing.
     */
    public boolean recordWorkflowEvent(IdeaEventType type, String note, String actor, Instant now, String reference) {
        if (timeline.stream().anyMatch(event -> event.isWrittenBy(reference))) {
            return false;
        }
        timeline.add(new IdeaEvent(this, now, actor, type, status, note, reference));
        return true;
    }

    /**
     * A step the municipality takes beside the status machine (an assessment, its role proposed, approved or sent
     * back) on the timeline. What was assessed or proposed stays with the assessment or the role, not here.
     */
    public void recordMunicipalStep(IdeaEventType type, String actor, Instant now) {
        if (!IdeaEventType.MUNICIPAL_STEPS.contains(type)) {
            throw new IllegalArgumentException("not a municipal step: " + type);
        }
        timeline.add(new IdeaEvent(this, now, actor, type, status, status, null));
    }

    /**
     * Merges this idea into another one: this idea ends as "merged", the other carries on and takes over its origin
     * (insights, co-proposers), so the lineage of both stays traceable.
     */
    public void mergeInto(Idea target, String actor, Instant now) {
        if (target == this || target.number.equals(number)) {
            throw new IllegalArgumentException("An idea is not merged into itself");
        }
        target.requireOpen();
        moveTo(IdeaStatus.MERGED, target.number, actor, now);
        this.mergedInto = target;
        target.originInsights.addAll(originInsights);
        target.addCoProposer(proposingOrganisation);
        coProposers.forEach(target::addCoProposer);
        target.timeline.add(new IdeaEvent(target, now, actor, IdeaEventType.MERGED_IN, target.status,
                target.status, number));
    }

    /** Shows the idea and its status on the public page; the first publication date is kept. */
    public void publish(String actor, Instant now) {
        if (publishedAt == null) {
            this.publishedAt = Objects.requireNonNull(now);
            timeline.add(new IdeaEvent(this, now, actor, IdeaEventType.PUBLISHED, status, status, null));
        }
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw new IllegalStatusTransitionException(status, status);
        }
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

    /** A step of the lifecycle as the workflow decides it; refused when the lifecycle does not allow it. */
    public void changeStatus(IdeaStatus next, String reason, String actor, Instant now) {
        if (next == IdeaStatus.NOT_PURSUED || next == IdeaStatus.MERGED) {
            throw new IllegalArgumentException("Use notPursue or mergeInto for " + next);
        }
        moveTo(next, reason, actor, now);
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

    /** Proposed by the organisation, alone or as a co-proposer. */
    public boolean isProposedBy(Organisation organisation) {
        return organisation != null && (Objects.equals(proposingOrganisation.getId(), organisation.getId())
                || coProposers.stream().anyMatch(o -> o.getId().equals(organisation.getId())));
    }

    public boolean isOwnedBy(Organisation organisation) {
        return organisation != null && ownerOrganisation != null
                && Objects.equals(ownerOrganisation.getId(), organisation.getId());
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

    public String getProblem() {
        return problem;
    }

    public String getExpectedImpact() {
        return expectedImpact;
    }

    public Set<Theme> getAdditionalThemes() {
        return Collections.unmodifiableSet(additionalThemes);
    }

    public Optional<Session> getOriginSession() {
        return Optional.ofNullable(originSession);
    }

    public Set<Insight> getOriginInsights() {
        return Collections.unmodifiableSet(originInsights);
    }

    public Set<Organisation> getCoProposers() {
        return Collections.unmodifiableSet(coProposers);
    }

    public Set<Account> getCoAuthors() {
        return Collections.unmodifiableSet(coAuthors);
    }

    public Optional<Organisation> getOwnerOrganisation() {
        return Optional.ofNullable(ownerOrganisation);
    }

    public Optional<Idea> getMergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public List<IdeaEvent> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }

    public long getVersion() {
        return version;
    }
}
