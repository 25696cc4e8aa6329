package nl.samenduurzaam.portal.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.account.entity.PasswordResetRequest;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.SingleLineText;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Password reset requests from the login page, made without logging in. The caller learns nothing about whether the
 * account exists (the page answers the same either way); a request for an existing account is recorded once per
 * quiet period, for the e-mail that delivers the reset link.
 */
@Stateless
@PermitAll
public class PasswordResets {

    static final Duration QUIET_PERIOD = Duration.ofMinutes(15);
    private static final String ANONYMOUS = "anonymous";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public void request(@NotBlank(message = "{password-reset.identifier.required}")
                        @Size(max = 254, message = "{password-reset.identifier.too-long}")
                        @SingleLineText
                        String identifier) {
        Optional<Account> account = em.createNamedQuery(Account.BY_USERNAME_OR_EMAIL, Account.class)
                .setParameter("identifier", identifier.strip()).setMaxResults(1).getResultStream().findFirst();
        if (account.isEmpty()) {
            // no identifier in the audit trail: it may be somebody's e-mail address typed by mistake
            audit.done(ANONYMOUS, "password-reset.request", "account", null, "no such account");
            return;
        }
        Instant now = clock.instant();
        long recent = em.createNamedQuery(PasswordResetRequest.RECENT, Long.class)
                .setParameter("account", account.get()).setParameter("since", now.minus(QUIET_PERIOD))
                .getSingleResult();
        if (recent == 0) {
            em.persist(new PasswordResetRequest(account.get(), now));
        }
        audit.done(ANONYMOUS, "password-reset.request", "account", account.get().getUsername(),
                recent == 0 ? "recorded" : "already requested");
    }

    /** How many requests wait for their e-mail: what the functional administrator watches until mail exists. */
    @RolesAllowed(PortalRoles.ADMIN)
    public long undeliveredCount() {
        return em.createNamedQuery(PasswordResetRequest.UNDELIVERED, PasswordResetRequest.class).getResultList()
                .size();
    }
}
