package nl.samenduurzaam.portal.insight.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.time.Instant;
import java.util.Objects;

/** An insight captured during a session under one of its themes; it may become (part of) an idea. */
@Entity
@Table(name = "insight")
@NamedQuery(name = Insight.BY_SESSION, query = "select i from Insight i where i.session.id = :sessionId "
        + "order by i.theme.position, i.capturedAt, i.id")
public class Insight {

    public static final String BY_SESSION = "Insight.bySession";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @Column(nullable = false, length = 2000)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cluster_id")
    private InsightCluster cluster;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private InsightStatus status = InsightStatus.CAPTURED;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    @Version
    private long version;

    protected Insight() {
    }

    public Insight(Session session, Theme theme, String text, Account author, Instant capturedAt) {
        if (!session.covers(theme)) {
            throw new IllegalArgumentException("The session does not work on theme " + theme.getCode());
        }
        this.session = session;
        this.theme = theme;
        this.text = Objects.requireNonNull(text);
        this.author = author;
        this.capturedAt = Objects.requireNonNull(capturedAt);
    }

    /** Puts the insight in a cluster of the same session and theme. */
    public void clusterInto(InsightCluster target) {
        requireOpen();
        if (status == InsightStatus.PARKED) {
            throw new PortalException("insight.cluster.not-allowed");
        }
        if (!target.getSession().getId().equals(session.getId()) || !target.getTheme().getId().equals(theme.getId())) {
            throw new PortalException("insight.cluster.not-allowed");
        }
        this.cluster = target;
        this.status = InsightStatus.CLUSTERED;
    }

    public void park() {
        requireOpen();
        this.status = InsightStatus.PARKED;
    }

    /** Marks the insight as turned into an idea; the idea keeps the link (its origin). */
    public void markConverted() {
        if (status == InsightStatus.PARKED || status == InsightStatus.CONVERTED) {
            throw new PortalException("insight.convert.not-allowed");
        }
        this.status = InsightStatus.CONVERTED;
    }

    private void requireOpen() {
        if (status == InsightStatus.CONVERTED) {
            throw new PortalException("insight.already-converted");
        }
    }

    public Long getId() {
        return id;
    }

    public Session getSession() {
        return session;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getText() {
        return text;
    }

    public Account getAuthor() {
        return author;
    }

    public InsightCluster getCluster() {
        return cluster;
    }

    public InsightStatus getStatus() {
        return status;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }
}
