package nl.samenduurzaam.portal.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.notification.entity.MailStatus;
import nl.samenduurzaam.portal.notification.entity.OutboxMail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's bookkeeping for the sender, each step in a transaction of its own, so that sending (which no database
 * transaction can undo) happens between commits: taken up, then sent or failed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    /** How long a sender may take before another assumes it died and takes the mail up again. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** Attempts before a mail is given up (and waits for the administrator). */
    static final int MAX_ATTEMPTS = 10;
    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    public List<Long> due(int limit) {
        return em.createNamedQuery(OutboxMail.DUE, Long.class).setParameter("queued", MailStatus.QUEUED)
                .setParameter("now", clock.instant()).setMaxResults(limit).getResultList();
    }

    /**
     * Takes the mail up for one attempt; empty when it is no longer due. Of two senders taking it up at once, the
     * commit of one fails on the row's version: that sender gets an exception and leaves the mail to the other.
     */
    public Optional<MailToSend> takeUp(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null || mail.getStatus() != MailStatus.QUEUED || mail.getNextAttemptAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        mail.takeUp(clock.instant(), LEASE);
        return Optional.of(new MailToSend(id, mail.getRecipient(), mail.getLanguage(), mail.getSubject(),
                mail.getTextBody(), mail.getHtmlBody(), mail.getMessageId(), mail.getAttempts()));
    }

    public void sent(long id) {
        em.find(OutboxMail.class, id).sent(clock.instant());
    }

    /** The attempt failed: a later one after a wait that doubles per attempt, or none when it cannot succeed. */
    public void failed(long id, String reason, boolean permanent) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        Optional<Duration> wait = permanent || mail.getAttempts() >= MAX_ATTEMPTS
                ? Optional.empty() : Optional.of(waitAfter(mail.getAttempts(), settings.firstRetry()));
        mail.attemptFailed(reason, wait, clock.instant());
    }

    static Duration waitAfter(int attempts, Duration first) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
