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

import java.time.Instant;
import java.util.Objects;

/** A mail its recipient reads in the daily digest instead: one line (its subject) and its link. */
@Entity
@Table(name = "digest_item")
@NamedQuery(name = DigestItem.OPEN_OF_PERSON, query = "select d from DigestItem d where d.username = :username "
        + "and d.digestedAt is null order by d.createdAt, d.id")
@NamedQuery(name = DigestItem.PEOPLE_WITH_OPEN, query = "select distinct d.username from DigestItem d "
        + "where d.digestedAt is null")
public class DigestItem {

    public static final String OPEN_OF_PERSON = "DigestItem.openOfPerson";
    public static final String PEOPLE_WITH_OPEN = "DigestItem.peopleWithOpen";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MailKind kind;

    @Column(nullable = false, length = 400)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "digested_at")
    private Instant digestedAt;

    protected DigestItem() {
    }

    public DigestItem(String username, MailKind kind, String subject, String link, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.kind = Objects.requireNonNull(kind);
        this.subject = Objects.requireNonNull(subject);
        this.link = Objects.requireNonNull(link);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void digested(Instant at) {
        digestedAt = Objects.requireNonNull(at);
    }

    public String getSubject() {
        return subject;
    }

    public String getLink() {
        return link;
    }
}
