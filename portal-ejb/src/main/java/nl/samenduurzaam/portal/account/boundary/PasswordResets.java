package nl.samenduurzaam.portal.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.PasswordHash;
import nl.samenduurzaam.portal.account.control.PasswordRules;
import nl.samenduurzaam.portal.account.control.ResetTokens;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.account.entity.PasswordResetRequest;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.LogText;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.common.SingleLineText;
import nl.samenduurzaam.portal.notification.control.Outbox;
import nl.samenduurzaam.portal.notification.control.Recipient;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * "Forgot your password", without logging in (OWASP ASVS 2.5): the request mails a single-use link valid for 30
 * minutes to the account's address, the link sets a new password and ends every session of the account. The caller
 * learns nothing about whether the account exists: the page answers the same either way.
 */
@Stateless
@PermitAll
public class PasswordResets {

    static final Duration QUIET_PERIOD = Duration.ofMinutes(15);
    public static final Duration LINK_VALIDITY = Duration.ofMinutes(30);
    static final String PAGE = "/password-new.xhtml?token=";
    private static final String ANONYMOUS = "anonymous";
    private static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{43}";
    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Outbox outbox;

    @Inject
    private Event<CredentialsChanged> credentialsChanged;

    @Inject
    private Clock clock;

    /** Mails a link to the account named by username or address, at most once per quiet period. */
    public void request(@NotBlank(message = "{password-reset.identifier.required}")
                        @Size(max = 254, message = "{password-reset.identifier.too-long}")
                        @SingleLineText
                        String identifier) {
        Optional<Account> account = em.createNamedQuery(Account.BY_USERNAME_OR_EMAIL, Account.class)
                .setParameter("identifier", identifier.strip()).setMaxResults(1).getResultStream().findFirst();
        if (account.isEmpty() || account.get().getEmail() == null) {
            // no identifier in the audit trail: it may be somebody's e-mail address typed by mistake
            audit.done(ANONYMOUS, "password-reset.request", "account", null, "no such account");
            return;
        }
        Instant now = clock.instant();
        long recent = em.createNamedQuery(PasswordResetRequest.RECENT, Long.class)
                .setParameter("account", account.get()).setParameter("since", now.minus(QUIET_PERIOD))
                .getSingleResult();
        if (recent == 0) {
            String token = ResetTokens.newToken();
            em.persist(new PasswordResetRequest(account.get(), now, ResetTokens.hash(token), now.plus(LINK_VALIDITY)));
            outbox.send(MailTemplate.PASSWORD_RESET,
                    List.of(new Recipient(account.get().getEmail(), account.get().getLocale())), PAGE + token,
                    account.get().getDisplayName(), LINK_VALIDITY.toMinutes());
        }
        audit.done(ANONYMOUS, "password-reset.request", "account", account.get().getUsername(),
                recent == 0 ? "mailed" : "already requested");
    }

    /** Whether a link still works: the page asks before it shows the form. */
    public boolean isUsable(String token) {
        return token != null && token.matches(TOKEN_PATTERN) && open(token).isPresent();
    }

    /**
     * Sets the new password of the link's account; the link, and every other open link of the account, stops
     * working, and every session of the account ends.
     */
    public void complete(@NotNull @Pattern(regexp = TOKEN_PATTERN, message = "{password-reset.link.invalid}")
                         String token,
                         @NotBlank(message = "{account.password.new.required}")
                         @Size(min = 12, max = 128, message = "{account.password.length}")
                         String newPassword) {
        PasswordResetRequest request = open(token)
                .orElseThrow(() -> new PortalException("password-reset.link.invalid"));
        Account account = request.getAccount();
        PasswordRules.refusalOf(account.getUsername(), newPassword).ifPresent(rule -> {
            throw new PortalException(rule);
        });
        Instant now = clock.instant();
        account.changePasswordHash(PasswordHash.hash(newPassword.toCharArray()));
        em.createNamedQuery(PasswordResetRequest.OPEN_OF_ACCOUNT, PasswordResetRequest.class)
                .setParameter("account", account).getResultList().forEach(open -> open.used(now));
        audit.done(ANONYMOUS, "password-reset.complete", "account", account.getUsername(), null);
        credentialsChanged.fire(new CredentialsChanged(account.getUsername(), now));
        LOG.info(() -> "Password reset by mail for " + LogText.clean(account.getUsername()));
    }

    private Optional<PasswordResetRequest> open(String token) {
        Instant now = clock.instant();
        return em.createNamedQuery(PasswordResetRequest.BY_TOKEN_HASH, PasswordResetRequest.class)
                .setParameter("tokenHash", ResetTokens.hash(token)).getResultStream()
                .filter(request -> request.isUsableAt(now)).findFirst();
    }
}
