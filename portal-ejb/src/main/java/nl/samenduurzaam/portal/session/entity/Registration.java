package nl.samenduurzaam.portal.session.entity;

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
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.organisation.entity.Organisation;

import java.time.Instant;

/** A person's registration for a session, on behalf of their organisation. */
@Entity
@Table(name = "session_registration")
public class Registration {

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Registration() {
    }

    Registration(Session session, Account account, Instant registeredAt) {
        this.session = session;
        this.account = account;
        this.organisation = account.getOrganisation().orElse(null);
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
