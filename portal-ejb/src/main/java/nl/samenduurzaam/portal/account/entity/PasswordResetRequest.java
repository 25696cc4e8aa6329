package nl.samenduurzaam.portal.account.entity;

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

import java.time.Instant;
import java.util.Objects;

/**
 * A single-use link mailed for an account: a password reset, an invitation to choose the first password, or the
 * confirmation of a new e-mail address. Stored as the hash of its token only (whoever reads the database cannot use
 * it), valid until it expires or is used.
 */
@Entity
@Table(name = "password_reset_request")
@NamedQuery(name = PasswordResetRequest.RECENT, query = "select count(r) from PasswordResetRequest r "
        + "where r.account = :account and r.purpose = :purpose and r.requestedAt > :since")
@NamedQuery(name = PasswordResetRequest.BY_TOKEN_HASH, query = "select r from PasswordResetRequest r "
        + "where r.tokenHash = :tokenHash")
@NamedQuery(name = PasswordResetRequest.OPEN_OF_ACCOUNT, query = "select r from PasswordResetRequest r "
        + "where r.account = :account and r.purpose = :purpose and r.usedAt is null and r.tokenHash is not null")
public class PasswordResetRequest {

    public static final String RECENT = "PasswordResetRequest.recent";
    public static final String BY_TOKEN_HASH = "PasswordResetRequest.byTokenHash";
    public static final String OPEN_OF_ACCOUNT = "PasswordResetRequest.openOfAccount";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** When the mail was put in the outbox (with the request, since mail exists). */
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "token_hash", length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private LinkPurpose purpose;

    /** The address an e-mail change link confirms. */
    @Column(name = "new_email", length = 254, updatable = false)
    private String newEmail;

    protected PasswordResetRequest() {
    }

    public PasswordResetRequest(Account account, LinkPurpose purpose, Instant requestedAt, String tokenHash) {
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.deliveredAt = requestedAt;
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.expiresAt = requestedAt.plus(purpose.validity());
    }

    public boolean isUsableAt(Instant now) {
        return tokenHash != null && usedAt == null && expiresAt != null && now.isBefore(expiresAt);
    }

    /** The link was used, or another link of the account was: it never works again. */
    public void used(Instant now) {
        if (usedAt == null) {
            usedAt = Objects.requireNonNull(now);
        }
    }

    /** A link that confirms {@code address} as the account's new e-mail address. */
    public static PasswordResetRequest emailChange(Account account, String address, Instant requestedAt,
                                                   String tokenHash) {
        PasswordResetRequest link = new PasswordResetRequest(account, LinkPurpose.EMAIL_CHANGE, requestedAt,
                tokenHash);
        link.newEmail = Objects.requireNonNull(address);
        return link;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
