package nl.samenduurzaam.portal.idea.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.account.control.MailAddresses;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.notification.control.MailText;
import nl.samenduurzaam.portal.notification.control.Outbox;
import nl.samenduurzaam.portal.notification.control.Recipient;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mail an idea's lifecycle causes, put in the outbox in the transaction of the step: a task for an organisation
 * to its people, a reminder to whoever holds the ball, an escalation to the programme managers, and a decision with
 * its reason to the organisations that proposed and own the idea.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdeaMail {

    /** The decisions an idea's organisations are told of (shortlisting and the steps in between are not news). */
    private static final Map<IdeaStatus, MailTemplate> DECISIONS = new EnumMap<>(Map.of(
            IdeaStatus.SELECTED, MailTemplate.DECISION_SELECTED,
            IdeaStatus.NOT_PURSUED, MailTemplate.DECISION_NOT_PURSUED,
            IdeaStatus.PARKED, MailTemplate.DECISION_PARKED,
            IdeaStatus.ROLE_ASSIGNED, MailTemplate.DECISION_ROLE_ASSIGNED,
            IdeaStatus.IMPLEMENTING, MailTemplate.DECISION_ELABORATION_APPROVED,
            IdeaStatus.STOPPED, MailTemplate.DECISION_STOPPED,
            IdeaStatus.COMPLETED, MailTemplate.DECISION_COMPLETED));

    @Inject
    private Outbox outbox;

    @Inject
    private MailAddresses addresses;

    /** A task for an organisation; {@code question} is the screener's question for a clarification, else null. */
    public void organisationTask(Idea idea, Organisation organisation, MailTemplate template, String path,
                                 String question) {
        List<Object> arguments = new ArrayList<>(List.of(idea.getNumber(), idea.getTitle()));
        if (template.arguments() == 3) {
            arguments.add(question);
        }
        outbox.send(template, addresses.ofOrganisation(organisation), path, arguments.toArray());
    }

    /** A new task for civil servants' groups, to their members (as they chose: the default is the digest). */
    public void groupTask(Idea idea, Set<String> groups, String taskKey, String path) {
        List<Recipient> recipients = new ArrayList<>();
        groups.stream().sorted().forEach(group -> recipients.addAll(addresses.withRole(group)));
        outbox.send(MailTemplate.GROUP_TASK, recipients, path, idea.getNumber(), idea.getTitle(),
                new MailText("mail.task-name." + taskKey));
    }

    public void reminder(Idea idea, Organisation organisation, MailTemplate template, String path) {
        outbox.send(template, addresses.ofOrganisation(organisation), path, idea.getNumber(), idea.getTitle());
    }

    public void screeningEscalated(Idea idea, String path) {
        outbox.send(MailTemplate.ESCALATION_SCREENING, addresses.withRole(PortalRoles.PROGRAMME_MANAGER), path,
                idea.getNumber(), idea.getTitle());
    }

    /**
     * The idea reached {@code status}: when that is a decision its organisations are told of, they are, with the
     * reason. {@code revised} says that the elaboration went back to the owner after a review.
     */
    public void statusChanged(Idea idea, IdeaStatus status, String reason, boolean revised) {
        Optional<MailTemplate> template = revised ? Optional.of(MailTemplate.DECISION_TO_REVISE)
                : Optional.ofNullable(DECISIONS.get(status));
        if (template.isEmpty()) {
            return;
        }
        List<Recipient> recipients = new ArrayList<>(addresses.ofOrganisation(idea.getProposingOrganisation()));
        idea.getOwnerOrganisation().filter(owner -> !owner.getId().equals(idea.getProposingOrganisation().getId()))
                .ifPresent(owner -> recipients.addAll(addresses.ofOrganisation(owner)));
        outbox.send(template.get(), recipients, IdeaPaths.idea(idea.getNumber()), idea.getNumber(), idea.getTitle(),
                reason);
    }

    /** Management sent a role proposal back: its proposer reads why. */
    public void roleSentBack(Idea idea, String proposer, String note, String path) {
        outbox.send(MailTemplate.ROLE_SENT_BACK, addresses.ofUsername(proposer), path, idea.getNumber(),
                idea.getTitle(), note);
    }
}
