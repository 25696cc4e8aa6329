package nl.samenduurzaam.portal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A person's choice for one kind of mail; no row means immediately. */
@Entity
@Table(name = "mail_preference")
@IdClass(MailPreference.Key.class)
@NamedQuery(name = MailPreference.OF_PERSON, query = "select p from MailPreference p where p.username = :username")
public class MailPreference {

    public static final String OF_PERSON = "MailPreference.ofPerson";

    @Id
    @Column(nullable = false, length = 100)
    private String username;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MailKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailChoice choice;

    protected MailPreference() {
    }

    public MailPreference(String username, MailKind kind, MailChoice choice) {
        if (kind.isRequired()) {
            throw new IllegalArgumentException(kind + " cannot be switched off");
        }
        this.username = Objects.requireNonNull(username);
        this.kind = kind;
        this.choice = Objects.requireNonNull(choice);
    }

    public void choose(MailChoice chosen) {
        this.choice = Objects.requireNonNull(chosen);
    }

    public MailKind getKind() {
        return kind;
    }

    public MailChoice getChoice() {
        return choice;
    }

    /** The composite key: a person and a kind. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String username;
        private MailKind kind;

        public Key() {
        }

        public Key(String username, MailKind kind) {
            this.username = username;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(username, key.username) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, kind);
        }
    }
}
