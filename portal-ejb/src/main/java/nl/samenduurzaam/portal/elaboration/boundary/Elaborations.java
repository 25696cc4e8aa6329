package nl.samenduurzaam.portal.elaboration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.audit.control.AccessGuard;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.ConcurrentChangeException;
import nl.samenduurzaam.portal.common.MultiLineText;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.common.SingleLineText;
import nl.samenduurzaam.portal.elaboration.entity.Elaboration;
import nl.samenduurzaam.portal.elaboration.entity.Milestone;
import nl.samenduurzaam.portal.idea.boundary.IdeaNumberFormat;
import nl.samenduurzaam.portal.idea.control.IdeaLookup;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The owner organisation's elaboration of an idea. Only the owner's partners write it; civil servants read and
 * review it; any other partner is refused and audited.
 */
@Stateless
public class Elaborations {

    private static final String IDEA = "idea";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private IdeaLookup ideas;

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed(PortalRoles.LIFECYCLE_MEMBER)
    public Optional<ElaborationView> forIdea(@IdeaNumberFormat String ideaNumber) {
        Idea idea = idea(ideaNumber);
        if (caller.isInRole(PortalRoles.PARTNER) && !isOwnersPartner(idea)) {
            throw guard.refuse("elaboration.read", IDEA, ideaNumber);
        }
        return elaboration(idea).map(ElaborationView::of);
    }

    /**
     * The plan as the idea page shows it, beside the idea: to the civil servants who decide on it and to the owner's
     * partners. Anyone else on the idea page (another proposing partner, the facilitator) sees no plan, and is not
     * refused for looking at the idea.
     */
    @RolesAllowed(PortalRoles.PROGRAMME_MEMBER)
    public Optional<ElaborationView> shownOnIdeaPage(@IdeaNumberFormat String ideaNumber) {
        Idea idea = idea(ideaNumber);
        boolean mayRead = caller.isInAnyRole(PortalRoles.CIVIL_SERVANTS)
                || caller.isInRole(PortalRoles.PARTNER) && isOwnersPartner(idea);
        return mayRead ? elaboration(idea).map(ElaborationView::of) : Optional.empty();
    }

    /** Saves the plan, starting the elaboration when there is none yet. */
    @RolesAllowed(PortalRoles.PARTNER)
    public ElaborationView savePlan(@IdeaNumberFormat String ideaNumber,
                                    @NotNull @Valid ElaborationPlan plan) {
        Idea idea = ownersIdea(ideaNumber, "elaboration.plan");
        Optional<Elaboration> existing = elaboration(idea);
        if (existing.isPresent() && existing.get().getVersion() != plan.version()) {
            throw new ConcurrentChangeException();
        }
        Elaboration elaboration = existing.orElseGet(() -> start(idea));
        elaboration.plan(plan.goal(), plan.approach(), plan.partnersInvolved(), plan.budgetNeed(),
                plan.askOfMunicipality());
        return saved(elaboration, ideaNumber, "elaboration.plan");
    }

    @RolesAllowed(PortalRoles.PARTNER)
    public ElaborationView addMilestone(@IdeaNumberFormat String ideaNumber,
                                        @NotBlank(message = "{elaboration.milestone.title-required}")
                                        @Size(max = 300, message = "{elaboration.milestone.title-too-long}")
                                        @SingleLineText String title,
                                        @NotNull(message = "{elaboration.milestone.date-required}")
                                        @FutureOrPresent(message = "{elaboration.milestone.date-past}")
                                        LocalDate dueDate) {
        Elaboration elaboration = ownElaboration(ideaNumber, "elaboration.milestone");
        elaboration.addMilestone(title.strip(), dueDate);
        return saved(elaboration, ideaNumber, "elaboration.milestone");
    }

    /** Changes a milestone of the plan before it is handed in (or while it is revised). */
    @RolesAllowed(PortalRoles.PARTNER)
    public ElaborationView changeMilestone(@IdeaNumberFormat String ideaNumber, @NotNull Long milestoneId,
                                           @NotBlank(message = "{elaboration.milestone.title-required}")
                                           @Size(max = 300, message = "{elaboration.milestone.title-too-long}")
                                           @SingleLineText String title,
                                           @NotNull(message = "{elaboration.milestone.date-required}")
                                           @FutureOrPresent(message = "{elaboration.milestone.date-past}")
                                           LocalDate dueDate) {
        Elaboration elaboration = ownElaboration(ideaNumber, "elaboration.milestone.change");
        elaboration.changeMilestone(milestoneId, title.strip(), dueDate);
        return saved(elaboration, ideaNumber, "elaboration.milestone.change");
    }

    /** Takes a milestone out of the plan before it is handed in (or while it is revised). */
    @RolesAllowed(PortalRoles.PARTNER)
    public ElaborationView removeMilestone(@IdeaNumberFormat String ideaNumber, @NotNull Long milestoneId) {
        Elaboration elaboration = ownElaboration(ideaNumber, "elaboration.milestone.remove");
        elaboration.removeMilestone(milestoneId);
        return saved(elaboration, ideaNumber, "elaboration.milestone.remove");
    }

    @RolesAllowed(PortalRoles.PARTNER)
    public ElaborationView submitForReview(@IdeaNumberFormat String ideaNumber) {
        Elaboration elaboration = ownElaboration(ideaNumber, "elaboration.submit");
        elaboration.submitForReview();
        return saved(elaboration, ideaNumber, "elaboration.submit");
    }

    @RolesAllowed(PortalRoles.PARTNER)
    public ElaborationView reportProgress(@IdeaNumberFormat String ideaNumber,
                                          @Min(value = 0, message = "{elaboration.progress.range}")
                                          @Max(value = 100, message = "{elaboration.progress.range}")
                                          int percentage,
                                          @NotBlank(message = "{elaboration.progress.text-required}")
                                          @Size(max = 4000, message = "{elaboration.progress.text-too-long}")
                                          @MultiLineText String text,
                                          Long milestoneId) {
        Elaboration elaboration = ownElaboration(ideaNumber, "elaboration.progress");
        Milestone milestone = milestoneId == null ? null : elaboration.milestone(milestoneId);
        elaboration.reportProgress(percentage, text.strip(), milestone, caller.username(), clock.instant());
        return saved(elaboration, ideaNumber, "elaboration.progress");
    }

    /** The screener's review: approve the plan or send it back to the owner. */
    @RolesAllowed(PortalRoles.SCREENER)
    public ElaborationView review(@IdeaNumberFormat String ideaNumber, boolean approve) {
        Elaboration elaboration = elaboration(idea(ideaNumber))
                .orElseThrow(() -> new NotFoundException("elaboration.not-found"));
        if (approve) {
            elaboration.approve();
        } else {
            elaboration.requestRevision();
        }
        return saved(elaboration, ideaNumber, approve ? "elaboration.approve" : "elaboration.revise");
    }

    private ElaborationView saved(Elaboration elaboration, String ideaNumber, String action) {
        em.lock(elaboration, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new ConcurrentChangeException();
        }
        audit.done(caller.username(), action, IDEA, ideaNumber, null);
        return ElaborationView.of(elaboration);
    }

    private Elaboration ownElaboration(String ideaNumber, String action) {
        Idea idea = ownersIdea(ideaNumber, action);
        return elaboration(idea).orElseGet(() -> start(idea));
    }

    /** The idea, if the caller works for the owner of its elaboration (or of the idea, when there is none yet). */
    private Idea ownersIdea(String ideaNumber, String action) {
        Idea idea = idea(ideaNumber);
        if (!isOwnersPartner(idea)) {
            throw guard.refuse(action, IDEA, ideaNumber);
        }
        if (idea.getStatus().isFinal()) {
            throw new PortalException("idea.closed");
        }
        return idea;
    }

    private Elaboration start(Idea idea) {
        Organisation owner = idea.getOwnerOrganisation()
                .orElseThrow(() -> new PortalException("elaboration.no-owner"));
        Elaboration created = new Elaboration(idea, owner);
        em.persist(created);
        em.flush();
        return created;
    }

    private boolean isOwnersPartner(Idea idea) {
        Organisation own = callerAccount.get().getOrganisation().orElse(null);
        if (own == null) {
            return false;
        }
        // an elaboration stays with the organisation that wrote it, even when the idea's owner changes later
        return elaboration(idea).map(e -> e.getOwner().getId().equals(own.getId()))
                .orElseGet(() -> idea.isOwnedBy(own));
    }

    private Optional<Elaboration> elaboration(Idea idea) {
        return em.createNamedQuery(Elaboration.BY_IDEA, Elaboration.class).setParameter("ideaId", idea.getId())
                .getResultStream().findFirst();
    }

    private Idea idea(String number) {
        Optional<Idea> idea = ideas.find(number);
        if (idea.isEmpty() && caller.isInRole(PortalRoles.PARTNER)) {
            throw guard.refuse("elaboration", IDEA, number);
        }
        return idea.orElseThrow(() -> new NotFoundException("idea.not-found", number));
    }
}
