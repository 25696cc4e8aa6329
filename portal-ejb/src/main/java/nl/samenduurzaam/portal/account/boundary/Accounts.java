package nl.samenduurzaam.portal.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.account.control.LoginThrottle;
import nl.samenduurzaam.portal.account.control.PasswordHash;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Accounts: credential checks for the identity store and the caller's own account. */
@Stateless
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final int MAX_USERNAME_LENGTH = 100;
    private static final int MAX_PASSWORD_LENGTH = 200;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private CallerAccount caller;

    @PermitAll
    public LoginResult authenticate(String username, char[] password) {
        if (username == null || username.isBlank() || username.length() > MAX_USERNAME_LENGTH
                || password == null || password.length == 0 || password.length > MAX_PASSWORD_LENGTH) {
            return LoginResult.invalid();
        }
        String name = username.trim();
        if (throttle.isBlocked(name)) {
            LOG.warning(() -> "Login refused while throttled for " + name);
            return LoginResult.throttled();
        }
        Optional<Account> account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst();
        if (!throttle.startHashing()) {
            LOG.warning("Login refused: too many logins at once");
            return LoginResult.throttled();
        }
        boolean valid;
        try {
            if (account.isPresent()) {
                valid = PasswordHash.verify(password, account.get().getPasswordHash());
            } else {
                PasswordHash.verifyAgainstDummy(password);
                valid = false;
            }
        } finally {
            throttle.endHashing();
        }
        if (!valid) {
            throttle.recordFailure(name);
            LOG.info(() -> "Failed login for " + name);
            return LoginResult.invalid();
        }
        throttle.recordSuccess(name);
        return new LoginResult(LoginResult.Outcome.SUCCESS, account.get().getUsername(),
                Set.copyOf(account.get().getRoles()));
    }

    @RolesAllowed({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER,
            PortalRoles.PROGRAMME_MANAGER, PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
    public AccountSummary me() {
        Account account = caller.get();
        return new AccountSummary(account.getUsername(), account.getDisplayName(),
                account.getOrganisation().map(Organisation::getName).orElse(null),
                Set.copyOf(account.getRoles()), account.getLocale());
    }

    /** Remembers the language the caller chose: the portal speaks Dutch or English. */
    @RolesAllowed({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER,
            PortalRoles.PROGRAMME_MANAGER, PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
    public void changeLanguage(@NotBlank @Pattern(regexp = "nl|en") String language) {
        caller.get().changeLocale(Locale.forLanguageTag(language));
    }

    /** An account a task may be handed to; empty when there is no such account. */
    @RolesAllowed({PortalRoles.PARTNER, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER,
            PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT})
    public Optional<Colleague> colleague(@NotBlank @Size(max = MAX_USERNAME_LENGTH) String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username.strip())
                .getResultStream().findFirst()
                .map(account -> new Colleague(account.getUsername(), account.getDisplayName(),
                        account.getOrganisation().map(Organisation::getId).orElse(null),
                        Set.copyOf(account.getRoles())));
    }
}
