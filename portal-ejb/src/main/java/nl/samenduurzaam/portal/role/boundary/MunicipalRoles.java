package nl.samenduurzaam.portal.role.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.ConcurrentChangeException;
import nl.samenduurzaam.portal.common.MultiLineText;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.boundary.IdeaNumberFormat;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.control.IdeaLookup;
import nl.samenduurzaam.portal.idea.control.IdeaMail;
import nl.samenduurzaam.portal.idea.control.IdeaPaths;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.role.entity.FourEyesViolationException;
import nl.samenduurzaam.portal.role.entity.MunicipalRole;
import nl.samenduurzaam.portal.role.entity.RoleAssignment;
import nl.samenduurzaam.portal.role.entity.RoleAssignmentStatus;
import nl.samenduurzaam.portal.role.entity.RoleConflict;
import nl.samenduurzaam.portal.role.entity.RoleProposal;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The municipality's role per idea: proposed by a role holder, approved or sent back by management; the approver is
 * never the proposer (four eyes), which is refused and audited.
 */
@Stateless
public class MunicipalRoles {

    private static final String IDEA = "idea";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private IdeaLookup ideas;

    @Inject
    private Ideas readableIdeas;

    @Inject
    private AuditTrail audit;

    @Inject
    private IdeaMail mail;

    @Inject
    private Clock clock;

    @RolesAllowed({PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER, PortalRoles.ROLE_HOLDER,
            PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
    public List<RoleView> catalogue() {
        return catalogueRoles().stream().map(RoleView::of).toList();
    }

    /** The whole catalogue for the functional administrator, roles no longer offered included. */
    @RolesAllowed(PortalRoles.ADMIN)
    public List<CatalogueEntry> allRoles() {
        return em.createNamedQuery(MunicipalRole.ALL, MunicipalRole.class).getResultStream()
                .map(role -> new CatalogueEntry(RoleView.of(role), role.isActive())).toList();
    }

    /** Offers a role of the catalogue for new proposals, or stops offering it. */
    @RolesAllowed(PortalRoles.ADMIN)
    public void changeOffered(@NotBlank @Size(max = 40) String code, boolean offered) {
        MunicipalRole role = em.createNamedQuery(MunicipalRole.ALL, MunicipalRole.class).getResultStream()
                .filter(candidate -> candidate.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("role.unknown"));
        role.changeActive(offered);
        audit.done(caller.username(), offered ? "role.offer" : "role.withdraw", "role", code, null);
    }

    /** The conflicts a combination of roles would have, to warn while the proposal is being written. */
    @RolesAllowed({PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT})
    public List<RoleConflict> conflictsOf(@NotNull Set<@NotBlank String> roleCodes) {
        return RoleAssignment.conflictsAmong(rolesByCode(roleCodes));
    }

    @RolesAllowed(PortalRoles.CIVIL_SERVANT)
    public Optional<RoleAssignmentView> forIdea(@IdeaNumberFormat String ideaNumber) {
        return assignment(idea(ideaNumber)).map(RoleAssignmentView::of);
    }

    /**
     * The approved role of an idea the caller may read (refused and audited otherwise); empty while no role is
     * approved. What the owner and the proposing partners learn of the municipality's part.
     */
    @RolesAllowed(PortalRoles.PROGRAMME_MEMBER)
    public Optional<ApprovedRole> approvedFor(@IdeaNumberFormat String ideaNumber) {
        readableIdeas.findByNumber(ideaNumber);
        return assignment(idea(ideaNumber))
                .filter(assignment -> assignment.getStatus() == RoleAssignmentStatus.APPROVED)
                .map(ApprovedRole::of);
    }

    @RolesAllowed(PortalRoles.ROLE_HOLDER)
    public RoleAssignmentView propose(@IdeaNumberFormat String ideaNumber,
                                      @NotNull @Valid RoleProposalForm form) {
        Idea idea = idea(ideaNumber);
        if (idea.getStatus().isFinal()) {
            throw new PortalException("idea.closed");
        }
        MunicipalRole primary = rolesByCode(Set.of(form.primaryRole())).get(0);
        RoleProposal proposal = new RoleProposal(primary, new LinkedHashSet<>(rolesByCode(form.secondaryRoles())),
                form.department().strip(), form.commitment().strip(), form.rationale().strip(),
                form.conflictJustification() == null ? null : form.conflictJustification().strip());
        RoleAssignment assignment;
        Optional<RoleAssignment> existing = assignment(idea);
        if (existing.isPresent()) {
            assignment = existing.get();
            assignment.propose(proposal, caller.username(), clock.instant());
        } else {
            assignment = new RoleAssignment(idea, proposal, caller.username(), clock.instant());
            em.persist(assignment);
        }
        idea.recordMunicipalStep(IdeaEventType.ROLE_PROPOSED, caller.username(), clock.instant());
        em.flush();
        audit.done(caller.username(), "role.propose", IDEA, ideaNumber, primary.getCode());
        return RoleAssignmentView.of(assignment);
    }

    @RolesAllowed(PortalRoles.MANAGEMENT)
    public RoleAssignmentView approve(@IdeaNumberFormat String ideaNumber, long version) {
        RoleAssignment assignment = current(ideaNumber, version);
        try {
            assignment.approve(caller.username(), clock.instant());
        } catch (FourEyesViolationException ownProposal) {
            audit.refused(caller.username(), "role.approve", IDEA, ideaNumber, "own proposal");
            throw ownProposal;
        }
        assignment.getIdea().recordMunicipalStep(IdeaEventType.ROLE_APPROVED, caller.username(), clock.instant());
        flush();
        audit.done(caller.username(), "role.approve", IDEA, ideaNumber, null);
        return RoleAssignmentView.of(assignment);
    }

    @RolesAllowed(PortalRoles.MANAGEMENT)
    public RoleAssignmentView sendBack(@IdeaNumberFormat String ideaNumber, long version,
                                       @NotBlank(message = "{role.send-back.note-required}")
                                       @Size(max = 4000)
                                       @MultiLineText
                                       String note) {
        RoleAssignment assignment = current(ideaNumber, version);
        try {
            assignment.sendBack(caller.username(), note.strip(), clock.instant());
        } catch (FourEyesViolationException ownProposal) {
            audit.refused(caller.username(), "role.send-back", IDEA, ideaNumber, "own proposal");
            throw ownProposal;
        }
        assignment.getIdea().recordMunicipalStep(IdeaEventType.ROLE_SENT_BACK, caller.username(), clock.instant());
        mail.roleSentBack(assignment.getIdea(), assignment.getProposedBy(), note.strip(),
                IdeaPaths.idea(ideaNumber));
        flush();
        audit.done(caller.username(), "role.send-back", IDEA, ideaNumber, null);
        return RoleAssignmentView.of(assignment);
    }

    private RoleAssignment current(String ideaNumber, long version) {
        Idea idea = idea(ideaNumber);
        if (idea.getStatus().isFinal()) {
            throw new PortalException("idea.closed");
        }
        RoleAssignment assignment = assignment(idea)
                .orElseThrow(() -> new NotFoundException("role.not-proposed"));
        if (assignment.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return assignment;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new ConcurrentChangeException();
        }
    }

    private List<MunicipalRole> catalogueRoles() {
        return em.createNamedQuery(MunicipalRole.CATALOGUE, MunicipalRole.class).getResultList();
    }

    private List<MunicipalRole> rolesByCode(Set<String> codes) {
        List<MunicipalRole> found = catalogueRoles().stream().filter(role -> codes.contains(role.getCode()))
                .collect(Collectors.toList());
        if (found.size() != codes.size()) {
            throw new PortalException("role.unknown");
        }
        return found;
    }

    private Optional<RoleAssignment> assignment(Idea idea) {
        return em.createNamedQuery(RoleAssignment.BY_IDEA, RoleAssignment.class).setParameter("ideaId", idea.getId())
                .getResultStream().findFirst();
    }

    private Idea idea(String number) {
        return ideas.load(number);
    }
}
