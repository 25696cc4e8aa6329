package nl.samenduurzaam.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.notification.boundary.OutboxAdministration;
import nl.samenduurzaam.portal.notification.boundary.OutboxEntry;
import nl.samenduurzaam.portal.notification.entity.MailStatus;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The outbox page of the functional administrator: the newest mails, filtered by status, a failed one retried. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxAdministration outbox;

    private MailStatus status;
    private List<OutboxEntry> mails;
    private Map<MailStatus, Long> counts;

    @PostConstruct
    void load() {
        mails = outbox.latest(status);
        counts = outbox.counts();
    }

    /** Shows the mails of the chosen status (all when none is chosen). */
    public void filter() {
        load();
    }

    public void retry(OutboxEntry mail) {
        try {
            outbox.retry(mail.id());
            Messages.addGlobalInfo("admin.outbox.retried", mail.recipient());
        } finally {
            load();
        }
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public List<OutboxEntry> getMails() {
        return mails;
    }

    public Map<MailStatus, Long> getCounts() {
        return counts;
    }
}
