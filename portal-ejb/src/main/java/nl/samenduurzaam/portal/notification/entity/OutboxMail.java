package nl.samenduurzaam.portal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One mail of the transactional outbox, rendered when it was caused (the recipient reads what was true then) and
 * delivered at least once. Its Message-ID is fixed at creation, so a delivery repeated after a crash between sending
 * and recording it is the same mail to the receiving side.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.DUE, query = "select m.id from OutboxMail m where m.status = :queued "
        + "and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.LATEST, query = "select m from OutboxMail m order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutboxMail.LATEST_WITH_STATUS, query = "select m from OutboxMail m where m.status = :status "
        + "order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutboxMail.COUNT_BY_STATUS, query = "select m.status, count(m) from OutboxMail m group by m.status")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String LATEST = "OutboxMail.latest";
    public static final String LATEST_WITH_STATUS = "OutboxMail.latestWithStatus";
    public static final String COUNT_BY_STATUS = "OutboxMail.countByStatus";

    /** The longest reason kept: enough for the SMTP server's answer, never a whole stack. */
    static final int MAX_ERROR = 1000;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MailKind kind;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(nullable = false, length = 400)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 20000)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = 40000)
    private String htmlBody;

    @Column(name = "message_id", nullable = false, length = 200, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Version
    private long version;

    protected OutboxMail() {
    }

    public OutboxMail(MailKind kind, String recipient, Locale language, RenderedMail mail, String domain,
                      Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.recipient = Objects.requireNonNull(recipient);
        this.language = language.toLanguageTag();
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
        this.status = MailStatus.QUEUED;
        this.createdAt = Objects.requireNonNull(now);
        this.nextAttemptAt = now;
    }

    /**
     * A sender takes the mail up: other senders leave it alone until {@code lease} has passed, after which a sender
     * that died while sending is assumed and the mail is taken up again.
     */
    public void takeUp(Instant now, Duration lease) {
        if (status != MailStatus.QUEUED) {
            throw new IllegalStateException("Mail " + id + " is " + status);
        }
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    public void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** The attempt failed: try again after {@code wait}, or give up when there is none. */
    public void attemptFailed(String reason, Optional<Duration> wait, Instant now) {
        lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), MAX_ERROR));
        if (wait.isPresent()) {
            nextAttemptAt = now.plus(wait.get());
        } else {
            status = MailStatus.FAILED;
        }
    }

    /** The administrator tries a failed mail again: a fresh series of attempts, the same Message-ID. */
    public void retry(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("Only a failed mail is retried");
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getMessageId() {
        return messageId;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }
}
