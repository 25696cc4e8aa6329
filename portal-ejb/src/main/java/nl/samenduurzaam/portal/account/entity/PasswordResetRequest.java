package nl.samenduurzaam.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A request to reset an account's password, waiting to be delivered by e-mail. */
@Entity
@Table(name = "password_reset_request")
@NamedQuery(name = PasswordResetRequest.RECENT, query = "select count(r) from PasswordResetRequest r "
        + "where r.account = :account and r.requestedAt > :since")
@NamedQuery(name = PasswordResetRequest.UNDELIVERED, query = "select r from PasswordResetRequest r "
        + "where r.deliveredAt is null order by r.requestedAt")
public class PasswordResetRequest {

    public static final String RECENT = "PasswordResetRequest.recent";
    public static final String UNDELIVERED = "PasswordResetRequest.undelivered";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected PasswordResetRequest() {
    }

    public PasswordResetRequest(Account account, Instant requestedAt) {
        this.account = Objects.requireNonNull(account);
        this.requestedAt = Objects.requireNonNull(requestedAt);
    }

    public void delivered(Instant at) {
        if (deliveredAt == null) {
            deliveredAt = Objects.requireNonNull(at);
        }
    }

    public Account getAccount() {
        return account;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Optional<Instant> getDeliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }
}
