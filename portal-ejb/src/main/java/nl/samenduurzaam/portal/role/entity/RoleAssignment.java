package nl.samenduurzaam.portal.role.entity;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.entity.Idea;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The municipality's role in one idea: a primary role, optional secondary roles, the responsible department, the
 * concrete commitment and the rationale. Proposed by a role holder, approved (or sent back) by management, never by
 * the proposer. Conflicting combinations are allowed only with a justification.
 */
@Entity
@Table(name = "role_assignment")
@NamedQuery(name = RoleAssignment.BY_IDEA, query = "select r from RoleAssignment r where r.idea.id = :ideaId")
public class RoleAssignment {

    public static final String BY_IDEA = "RoleAssignment.byIdea";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "idea_id")
    private Idea idea;

    @ManyToOne(optional = false)
    @JoinColumn(name = "primary_role_id")
    private MunicipalRole primaryRole;

    @ManyToMany
    @JoinTable(name = "role_assignment_secondary", joinColumns = @JoinColumn(name = "assignment_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<MunicipalRole> secondaryRoles = new LinkedHashSet<>();

    @Column(nullable = false, length = 200)
    private String department;

    @Column(nullable = false, length = 4000)
    private String commitment;

    @Column(nullable = false, length = 4000)
    private String rationale;

    @Column(name = "conflict_justification", length = 4000)
    private String conflictJustification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RoleAssignmentStatus status;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 4000)
    private String decisionNote;

    @Version
    private long version;

    protected RoleAssignment() {
    }

    public RoleAssignment(Idea idea, RoleProposal proposal, String proposer, Instant now) {
        this.idea = Objects.requireNonNull(idea);
        apply(proposal, proposer, now);
    }

    /** A new proposal (again, after it was sent back): replaces the content and waits for approval. */
    public void propose(RoleProposal proposal, String proposer, Instant now) {
        if (status == RoleAssignmentStatus.APPROVED) {
            throw new PortalException("role.already-approved");
        }
        apply(proposal, proposer, now);
    }

    public void approve(String approver, Instant now) {
        decide(approver, now, null);
        status = RoleAssignmentStatus.APPROVED;
    }

    public void sendBack(String approver, String note, Instant now) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Sending a role proposal back needs a note for the proposer");
        }
        decide(approver, now, note);
        status = RoleAssignmentStatus.SENT_BACK;
    }

    /** Every pair of roles in this assignment that conflicts, each pair once. */
    public List<RoleConflict> conflicts() {
        return conflictsAmong(allRoles());
    }

    public static List<RoleConflict> conflictsAmong(Collection<MunicipalRole> roles) {
        List<MunicipalRole> list = new ArrayList<>(roles);
        List<RoleConflict> conflicts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (list.get(i).conflictsWith(list.get(j))) {
                    conflicts.add(new RoleConflict(list.get(i).getCode(), list.get(j).getCode()));
                }
            }
        }
        return conflicts;
    }

    private void apply(RoleProposal proposal, String proposer, Instant now) {
        if (proposal.secondaryRoles().stream().anyMatch(r -> r.getCode().equals(proposal.primaryRole().getCode()))) {
            throw new PortalException("role.primary.also-secondary");
        }
        Set<MunicipalRole> roles = new LinkedHashSet<>();
        roles.add(proposal.primaryRole());
        roles.addAll(proposal.secondaryRoles());
        boolean justified = proposal.conflictJustification() != null && !proposal.conflictJustification().isBlank();
        if (!conflictsAmong(roles).isEmpty() && !justified) {
            throw new PortalException("role.conflict.justification-required");
        }
        this.primaryRole = proposal.primaryRole();
        this.secondaryRoles = new LinkedHashSet<>(proposal.secondaryRoles());
        this.department = Objects.requireNonNull(proposal.department());
        this.commitment = Objects.requireNonNull(proposal.commitment());
        this.rationale = Objects.requireNonNull(proposal.rationale());
        this.conflictJustification = justified ? proposal.conflictJustification() : null;
        this.status = RoleAssignmentStatus.PROPOSED;
        this.proposedBy = Objects.requireNonNull(proposer);
        this.proposedAt = Objects.requireNonNull(now);
        this.decidedBy = null;
        this.decidedAt = null;
        this.decisionNote = null;
    }

    private void decide(String approver, Instant now, String note) {
        if (status != RoleAssignmentStatus.PROPOSED) {
            throw new PortalException("role.not-awaiting-decision");
        }
        if (proposedBy.equalsIgnoreCase(approver)) {
            throw new FourEyesViolationException();
        }
        this.decidedBy = approver;
        this.decidedAt = now;
        this.decisionNote = note;
    }

    private Set<MunicipalRole> allRoles() {
        Set<MunicipalRole> roles = new LinkedHashSet<>();
        roles.add(primaryRole);
        roles.addAll(secondaryRoles);
        return roles;
    }

    public Long getId() {
        return id;
    }

    public Idea getIdea() {
        return idea;
    }

    public MunicipalRole getPrimaryRole() {
        return primaryRole;
    }

    public Set<MunicipalRole> getSecondaryRoles() {
        return Collections.unmodifiableSet(secondaryRoles);
    }

    public String getDepartment() {
        return department;
    }

    public String getCommitment() {
        return commitment;
    }

    public String getRationale() {
        return rationale;
    }

    public String getConflictJustification() {
        return conflictJustification;
    }

    public RoleAssignmentStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }
}
