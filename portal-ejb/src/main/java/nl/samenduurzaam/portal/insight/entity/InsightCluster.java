package nl.samenduurzaam.portal.insight.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.util.Objects;

/** A named group of related insights on one theme of a session. */
@Entity
@Table(name = "insight_cluster")
public class InsightCluster {

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

    @Column(nullable = false, length = 200)
    private String name;

    @Version
    private long version;

    protected InsightCluster() {
    }

    public InsightCluster(Session session, Theme theme, String name) {
        this.session = Objects.requireNonNull(session);
        this.theme = Objects.requireNonNull(theme);
        this.name = Objects.requireNonNull(name);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
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

    public String getName() {
        return name;
    }
}
