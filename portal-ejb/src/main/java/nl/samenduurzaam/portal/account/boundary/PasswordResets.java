package nl.samenduurzaam.portal.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.PasswordHash;
import nl.samenduurzaam.portal.account.control.PasswordLinks;
import nl.samenduurzaam.portal.account.control.PasswordRules;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.account.entity.LinkPurpose;
import nl.samenduurzaam.portal.account.entity.PasswordResetRequest;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.LogText;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.common.SingleLineText;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Choosing a password without being logged in (OWASP ASVS 2.5): "forgot your password" mails a single-use link
 * valid for 30 minutes, an invitation one valid for 48 hours; the link sets a new password and ends every session of
 * the account. The caller learns nothing about whether an account exists: the page answers the same either way.
 */
@Stateless
@PermitAll
public class PasswordResets {

    static final Duration QUIET_PERIOD = Duration.ofMinutes(15);
    private static final String ANONYMOUS = "anonymous";
    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private PasswordLinks links;

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
                .setParameter("account", account.get()).setParameter("purpose", LinkPurpose.RESET)
                .setParameter("since", now.minus(QUIET_PERIOD)).getSingleResult();
        if (recent == 0) {
            links.mail(account.get(), LinkPurpose.RESET);
        }
        audit.done(ANONYMOUS, "password-reset.request", "account", account.get().getUsername(),
                recent == 0 ? "mailed" : "already requested");
    }

    /** What a link is for while it works (the page greets an invited person differently); empty when it does not. */
    public Optional<LinkPurpose> purposeOf(String token) {
        return links.open(token).map(PasswordResetRequest::getPurpose)
                .filter(purpose -> purpose != LinkPurpose.EMAIL_CHANGE);
    }

    /**
     * Sets the new password of the link's account; the link, and every other open link of the account, stops
     * working, and every session of the account ends.
     */
    public void complete(@NotNull(message = "{password-reset.link.invalid}") String token,
                         @NotBlank(message = "{account.password.new.required}")
                         @Size(min = 12, max = 128, message = "{account.password.length}")
                         String newPassword) {
        PasswordResetRequest link = links.open(token).filter(open -> open.getPurpose() != LinkPurpose.EMAIL_CHANGE)
                .orElseThrow(() -> new PortalException("password-reset.link.invalid"));
        Account account = link.getAccount();
        PasswordRules.refusalOf(account.getUsername(), newPassword).ifPresent(rule -> {
            throw new PortalException(rule);
        });
        account.changePasswordHash(PasswordHash.hash(newPassword.toCharArray()));
        links.closeAll(account, link.getPurpose());
        audit.done(ANONYMOUS, link.getPurpose() == LinkPurpose.INVITATION ? "account.invitation.accept"
                : "password-reset.complete", "account", account.getUsername(), null);
        credentialsChanged.fire(new CredentialsChanged(account.getUsername(), clock.instant()));
        LOG.info(() -> "Password chosen by mailed link for " + LogText.clean(account.getUsername()));
    }
}
