package nl.samenduurzaam.portal.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.notification.entity.DigestItem;
import nl.samenduurzaam.portal.notification.entity.MailChoice;
import nl.samenduurzaam.portal.notification.entity.MailKind;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;
import nl.samenduurzaam.portal.notification.entity.OutboxMail;
import nl.samenduurzaam.portal.notification.entity.RenderedMail;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts mail in the outbox, in the transaction of the change that causes it (hence MANDATORY): a change rolled back
 * sends nothing, a committed one is delivered by {@link OutboxSender}. Each recipient's choice applies to a mail that
 * may be switched off: sent now (with a link that stops it), kept for the daily digest, or not sent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private MailChoices choices;

    @Inject
    private UnsubscribeLinks unsubscribeLinks;

    @Inject
    private OutboxKick kick;

    @Inject
    private Clock clock;

    /**
     * One mail per address to each recipient (an address met twice, say as account and as contact, gets one), each in
     * its own language, linking to {@code path} of the portal.
     */
    public void send(MailTemplate template, Collection<Recipient> recipients, String path, Object... arguments) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        recipients.forEach(recipient -> byAddress.putIfAbsent(recipient.address().strip().toLowerCase(), recipient));
        String link = settings.link(path);
        for (Recipient recipient : byAddress.values()) {
            boolean chooses = !template.kind().isRequired() && recipient.username() != null;
            MailChoice choice = chooses ? choices.of(recipient.username(), template.kind()) : MailChoice.IMMEDIATELY;
            if (choice == MailChoice.NEVER) {
                continue;
            }
            String unsubscribe = chooses ? settings.link(unsubscribeLinks.path(recipient.username(), template.kind()))
                    : null;
            RenderedMail mail = MailTemplates.render(template, recipient.language(), link, unsubscribe, arguments);
            if (choice == MailChoice.DIGEST && template.kind() == MailKind.GROUP_TASK) {
                continue;   // the digest lists the person's tasks itself
            }
            if (choice == MailChoice.DIGEST) {
                em.persist(new DigestItem(recipient.username(), template.kind(), mail.subject(), link,
                        clock.instant()));
            } else {
                queue(template, recipient, mail);
            }
        }
    }

    /** A mail rendered elsewhere (the digest), for one recipient, now. */
    public void queue(MailTemplate template, Recipient recipient, RenderedMail mail) {
        em.persist(new OutboxMail(template.kind(), recipient.address().strip(), recipient.language(), mail,
                settings.messageIdDomain(), clock.instant()));
        kick.afterCommit();
    }
}
