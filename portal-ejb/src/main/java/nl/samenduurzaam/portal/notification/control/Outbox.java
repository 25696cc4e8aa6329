package nl.samenduurzaam.portal.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;
import nl.samenduurzaam.portal.notification.entity.OutboxMail;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts mail in the outbox, in the transaction of the change that causes it (hence MANDATORY): a change rolled back
 * sends nothing, a committed one is delivered by {@link OutboxSender}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private MailSettings settings;

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
            em.persist(new OutboxMail(template.kind(), recipient.address().strip(), recipient.language(),
                    MailTemplates.render(template, recipient.language(), link, arguments),
                    settings.messageIdDomain(), clock.instant()));
        }
    }
}
