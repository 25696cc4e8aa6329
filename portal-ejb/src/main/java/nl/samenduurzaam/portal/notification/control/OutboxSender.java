package nl.samenduurzaam.portal.notification.control;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import nl.samenduurzaam.portal.common.LogText;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox over SMTP through the server's mail session, every few seconds, at least once: a mail is
 * recorded as sent after the SMTP server accepted it, so a crash in between sends it again, under the same
 * Message-ID. On several nodes each mail is taken up by one of them ({@link OutboxDelivery#takeUp}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Resource(lookup = PortalMailSessionDefinition.JNDI_NAME)
    private Session session;

    @Inject
    private OutboxDelivery delivery;

    @Inject
    private MailSettings settings;

    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean asked = new AtomicBoolean();

    /**
     * Every few seconds, for what waits for a retry and what a node that stopped left; new mail is sent at once
     * ({@link OutboxKick}). A round asked for while one runs makes the running one look again.
     */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "outbox")
    public void deliverDue() {
        asked.set(true);
        while (asked.get()) {
            if (!sending.compareAndSet(false, true)) {
                return;   // the running round looks again
            }
            try {
                asked.set(false);
                deliverRound();
            } finally {
                sending.set(false);
            }
        }
    }

    private void deliverRound() {
        try {
            List<Long> due = delivery.due(BATCH);
            if (due.isEmpty()) {
                return;
            }
            try (Transport transport = connected()) {
                for (long id : due) {
                    takeUp(id).ifPresent(mail -> deliver(transport, mail));
                }
            } catch (MessagingException unreachable) {
                LOG.log(Level.WARNING, "SMTP server unavailable, {0} mail wait: {1}",
                        new Object[]{due.size(), LogText.clean(unreachable.getMessage())});
                for (long id : due) {
                    takeUp(id).ifPresent(mail -> delivery.failed(mail.id(), reason(unreachable), false));
                }
            }
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Outbox round failed", unexpected);
        }
    }

    private Optional<MailToSend> takeUp(long id) {
        try {
            return delivery.takeUp(id);
        } catch (EJBException takenByAnotherNode) {
            return Optional.empty();
        }
    }

    private Transport connected() throws MessagingException {
        Transport transport = session.getTransport();
        Optional<String> user = settings.smtpUser();
        if (user.isPresent()) {
            transport.connect(user.get(), settings.smtpPassword());
        } else {
            transport.connect();
        }
        return transport;
    }

    private void deliver(Transport transport, MailToSend mail) {
        try {
            OutboxMessage message = new OutboxMessage(session, mail);
            transport.sendMessage(message, message.getAllRecipients());
            delivery.sent(mail.id());
        } catch (SendFailedException refused) {
            // the server refused the address itself (5xx): trying again cannot help
            boolean permanent = refused.getValidSentAddresses() == null && refused.getValidUnsentAddresses() == null;
            delivery.failed(mail.id(), reason(refused), permanent);
        } catch (MessagingException failed) {
            delivery.failed(mail.id(), reason(failed), false);
        }
    }

    private static String reason(MessagingException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return LogText.clean(message);
    }
}
