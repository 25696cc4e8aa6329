package nl.samenduurzaam.portal.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.ConcurrentChangeException;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.notification.entity.MailStatus;
import nl.samenduurzaam.portal.notification.entity.OutboxMail;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox for the functional administrator: what was sent, what waits and why, and a failed mail tried again.
 * The mails' contents stay private to their recipients: the administrator sees subject, address and status.
 */
@Stateless
@RolesAllowed(PortalRoles.ADMIN)
public class OutboxAdministration {

    /** The longest list shown at once: the newest mails. */
    public static final int MAX_SHOWN = 200;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The newest mails, of one status or (null) of every status. */
    public List<OutboxEntry> latest(MailStatus status) {
        TypedQuery<OutboxMail> query = status == null
                ? em.createNamedQuery(OutboxMail.LATEST, OutboxMail.class)
                : em.createNamedQuery(OutboxMail.LATEST_WITH_STATUS, OutboxMail.class).setParameter("status", status);
        return query.setMaxResults(MAX_SHOWN).getResultStream().map(OutboxEntry::of).toList();
    }

    /** How many mails there are of every status (0 where there are none). */
    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        em.createNamedQuery(OutboxMail.COUNT_BY_STATUS, Object[].class).getResultList()
                .forEach(row -> counts.put((MailStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** A failed mail goes out again, under the same Message-ID; a mail no longer failed is left alone. */
    public void retry(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw new NotFoundException("outbox.mail.not-found");
        }
        if (mail.getStatus() != MailStatus.FAILED) {
            throw new ConcurrentChangeException();
        }
        mail.retry(clock.instant());
        audit.done(caller.username(), "outbox.retry", "mail", Long.toString(id), null);
    }
}
