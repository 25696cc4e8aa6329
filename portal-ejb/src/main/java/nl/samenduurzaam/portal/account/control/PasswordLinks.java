package nl.samenduurzaam.portal.account.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.account.entity.LinkPurpose;
import nl.samenduurzaam.portal.account.entity.PasswordResetRequest;
import nl.samenduurzaam.portal.notification.control.Outbox;
import nl.samenduurzaam.portal.notification.control.Recipient;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The single-use links with which a person chooses a password (a reset, an invitation): stored as the hash of their
 * token, mailed in the transaction that asks for them, so a rolled-back request mails nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PasswordLinks {

    /** The page a reset or invitation link opens, followed by the token. */
    public static final String PAGE = "/password-new.xhtml?token=";
    /** The page an e-mail change link opens, followed by the token. */
    public static final String EMAIL_PAGE = "/email-confirm.xhtml?token=";
    private static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{43}";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    /** Mails a link to confirm {@code address} as the account's new one, to that address. */
    public void mailEmailChange(Account account, String address) {
        String token = ResetTokens.newToken();
        em.persist(PasswordResetRequest.emailChange(account, address, clock.instant(), ResetTokens.hash(token)));
        outbox.send(MailTemplate.EMAIL_CONFIRMATION, List.of(new Recipient(address, account.getLocale())),
                EMAIL_PAGE + token, account.getDisplayName(), address,
                LinkPurpose.EMAIL_CHANGE.validity().toHours());
    }

    /** Mails the account (which has an address) a new link for a reset or an invitation. */
    public void mail(Account account, LinkPurpose purpose) {
        String token = ResetTokens.newToken();
        em.persist(new PasswordResetRequest(account, purpose, clock.instant(), ResetTokens.hash(token)));
        List<Recipient> to = List.of(new Recipient(account.getEmail(), account.getLocale()));
        if (purpose == LinkPurpose.INVITATION) {
            outbox.send(MailTemplate.INVITATION, to, PAGE + token, account.getDisplayName(), account.getUsername(),
                    purpose.validity().toHours());
        } else {
            outbox.send(MailTemplate.PASSWORD_RESET, to, PAGE + token, account.getDisplayName(),
                    purpose.validity().toMinutes());
        }
    }

    /** The link of the token while it works: not used, not expired, not replaced by a later one. */
    public Optional<PasswordResetRequest> open(String token) {
        if (token == null || !token.matches(TOKEN_PATTERN)) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordResetRequest.BY_TOKEN_HASH, PasswordResetRequest.class)
                .setParameter("tokenHash", ResetTokens.hash(token)).getResultStream()
                .filter(request -> request.isUsableAt(clock.instant())).findFirst();
    }

    /**
     * A link was used: none of the account's links for the same end works any more (a password chosen ends every
     * reset and invitation link, an address confirmed every other confirmation).
     */
    public void closeAll(Account account, LinkPurpose purpose) {
        List<LinkPurpose> ends = purpose == LinkPurpose.EMAIL_CHANGE ? List.of(LinkPurpose.EMAIL_CHANGE)
                : List.of(LinkPurpose.RESET, LinkPurpose.INVITATION);
        for (LinkPurpose end : ends) {
            em.createNamedQuery(PasswordResetRequest.OPEN_OF_ACCOUNT, PasswordResetRequest.class)
                    .setParameter("account", account).setParameter("purpose", end).getResultList()
                    .forEach(open -> open.used(clock.instant()));
        }
    }
}
