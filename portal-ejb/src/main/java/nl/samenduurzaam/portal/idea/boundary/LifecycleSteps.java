package nl.samenduurzaam.portal.idea.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.idea.control.IdeaLookup;
import nl.samenduurzaam.portal.idea.control.IdeaMail;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;
import nl.samenduurzaam.portal.organisation.entity.Organisation;

import java.time.Clock;
import java.util.Set;

/**
 * The idea lifecycle's steps as the workflow records them in the domain, in the transaction of the process step.
 * Only the workflow's delegates call this, also from the job executor where nobody is logged in (hence no role
 * check here): who may take a decision was checked by the task boundary that completed the task or sent the message.
 * Every method is idempotent: a retried step finds its change made and writes nothing twice. The mail a step causes
 * goes into the outbox in the same transaction, only when the step made its change.
 */
@Stateless
@PermitAll
public class LifecycleSteps {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private IdeaLookup lookup;

    @Inject
    private IdeaMail mail;

    @Inject
    private Clock clock;

    public void moveTo(String number, IdeaStatus next, String reason, String actor) {
        Idea idea = lookup.load(number);
        if (idea.getStatus() != next) {
            boolean revised = idea.getStatus() == IdeaStatus.IN_REVIEW && next == IdeaStatus.IN_ELABORATION;
            idea.changeStatus(next, reason, actor, clock.instant());
            mail.statusChanged(idea, next, reason, revised);
        }
    }

    /**
     * A task taken up: "in screening" once a screener takes up a submitted idea, "in elaboration" once the owner
     * takes up the elaboration after the role was assigned. Later assignments change nothing.
     */
    public void takenUp(String number, IdeaStatus waiting, IdeaStatus working, String actor) {
        Idea idea = lookup.load(number);
        if (idea.getStatus() == waiting) {
            idea.changeStatus(working, null, actor, clock.instant());
        }
    }

    public void notPursue(String number, String reason, String actor) {
        Idea idea = lookup.load(number);
        if (idea.getStatus() != IdeaStatus.NOT_PURSUED) {
            idea.notPursue(reason, actor, clock.instant());
            mail.statusChanged(idea, IdeaStatus.NOT_PURSUED, reason, false);
        }
    }

    public void merge(String number, String targetNumber, String actor) {
        Idea idea = lookup.load(number);
        if (idea.getStatus() != IdeaStatus.MERGED) {
            Idea target = lookup.load(targetNumber);
            em.lock(target, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            idea.mergeInto(target, actor, clock.instant());
        }
    }

    public void ownerProposed(String number, long organisationId, String actor, String reference) {
        lookup.load(number).proposeOwner(partner(organisationId), actor, clock.instant(), reference);
    }

    /** The proposed organisation declined (with its reason) or let the proposal lapse. */
    public void ownerProposalEnded(String number, IdeaEventType why, String reason, String actor, String reference) {
        lookup.load(number).withdrawOwnerProposal(why, reason, actor, clock.instant(), reference);
    }

    /** The proposed organisation takes the idea on: it becomes the owner and the idea "ownership accepted". */
    public void acceptOwnership(String number, long organisationId, String actor) {
        Idea idea = lookup.load(number);
        if (idea.getStatus() != IdeaStatus.OWNERSHIP_ACCEPTED) {
            idea.assignOwner(partner(organisationId), actor, clock.instant());
            idea.changeStatus(IdeaStatus.OWNERSHIP_ACCEPTED, null, actor, clock.instant());
        }
    }

    /** A timeline entry of the workflow (declined or lapsed proposal, reminder, escalation), written once. */
    public void record(String number, IdeaEventType type, String note, String actor, String reference) {
        lookup.load(number).recordWorkflowEvent(type, note, actor, clock.instant(), reference);
    }

    /**
     * A task for an organisation was created: its people are told by mail ({@code question}: the screener's question
     * of a clarification, else null). Created once per task, so written once.
     */
    public void organisationTaskCreated(String number, long organisationId, MailTemplate template, String path,
                                        String question) {
        mail.organisationTask(lookup.load(number), partner(organisationId), template, path, question);
    }

    /** A task for civil servants' groups was created: their members are told as they chose. */
    public void groupTaskCreated(String number, Set<String> groups, String taskKey, String path) {
        mail.groupTask(lookup.load(number), groups, taskKey, path);
    }

    /** A reminder timer fired: on the timeline and, once, by mail to the organisation that holds the ball. */
    public void remind(String number, String note, String actor, String reference, long organisationId,
                       MailTemplate template, String path) {
        Idea idea = lookup.load(number);
        if (idea.recordWorkflowEvent(IdeaEventType.NOTIFIED, note, actor, clock.instant(), reference)) {
            mail.reminder(idea, partner(organisationId), template, path);
        }
    }

    /** The screening is overdue: on the timeline and, once, by mail to the programme managers. */
    public void screeningEscalated(String number, String group, String actor, String reference, String path) {
        Idea idea = lookup.load(number);
        if (idea.recordWorkflowEvent(IdeaEventType.ESCALATED, group, actor, clock.instant(), reference)) {
            mail.screeningEscalated(idea, path);
        }
    }

    private Organisation partner(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.isPartner()) {
            throw new NotFoundException("organisation.not-found");
        }
        return organisation;
    }
}
