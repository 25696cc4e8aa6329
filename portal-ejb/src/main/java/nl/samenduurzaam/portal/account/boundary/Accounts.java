package nl.samenduurzaam.portal.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.account.control.LoginThrottle;
import nl.samenduurzaam.portal.account.control.PasswordHash;
import nl.samenduurzaam.portal.account.control.PasswordLinks;
import nl.samenduurzaam.portal.account.control.ResetTokens;
import nl.samenduurzaam.portal.account.control.PasswordRules;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.account.entity.LinkPurpose;
import nl.samenduurzaam.portal.account.entity.PasswordResetRequest;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.LogText;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.organisation.boundary.OrganisationSummary;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/** Accounts: credential checks for the identity store and the caller's own account. */
@Stateless
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final int MAX_USERNAME_LENGTH = 100;
    /** The throttle's source for wrong current passwords given when changing one's password. */
    private static final String PASSWORD_CHANGE_SOURCE = "password change";
    /** ASVS 2.1.2: 64 characters and more are allowed, more than 128 refused (also by NewAccount). */
    private static final int MAX_PASSWORD_LENGTH = 128;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private Caller caller;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<CredentialsChanged> credentialsChanged;

    @Inject
    private PasswordLinks passwordLinks;

    @Inject
    private Clock clock;

    /**
     * Checks a password. {@code source} is where the attempt comes from (the client's address): guesses are slowed
     * down per username and source, so a guesser elsewhere does not keep the account's owner out.
     */
    @PermitAll
    public LoginResult authenticate(String username, char[] password, String source) {
        if (username == null || username.isBlank() || username.length() > MAX_USERNAME_LENGTH
                || password == null || password.length == 0 || password.length > MAX_PASSWORD_LENGTH) {
            return LoginResult.invalid();
        }
        String name = username.trim();
        LoginThrottle.Attempt<Account> attempt = throttle.attempt(name, source,
                () -> em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", name)
                        .getResultStream().findFirst().orElse(null),
                account -> matches(password, account));
        switch (attempt.outcome()) {
            case THROTTLED -> {
                LOG.warning(() -> "Login refused while throttled for " + LogText.clean(name) + " from "
                        + LogText.clean(source));
                return LoginResult.throttled(attempt.retryAfter());
            }
            case BUSY -> {
                LOG.warning("Login refused: too many logins at once");
                return LoginResult.busy();
            }
            case FAILED -> {
                LOG.info(() -> "Failed login for " + LogText.clean(name) + " from " + LogText.clean(source));
                return LoginResult.invalid();
            }
            default -> {
                LOG.info(() -> "Login of " + LogText.clean(name) + " from " + LogText.clean(source));
                Account account = attempt.passed();
                return new LoginResult(LoginResult.Outcome.SUCCESS, account.getUsername(),
                        Set.copyOf(account.getRoles()), null);
            }
        }
    }

    /** Whether the password is the account's; for no account it hashes all the same, so both take as long. */
    private static boolean matches(char[] password, Account account) {
        if (account == null) {
            PasswordHash.verifyAgainstDummy(password);
            return false;
        }
        return PasswordHash.verify(password, account.getPasswordHash());
    }

    @RolesAllowed(PortalRoles.SIGNED_IN)
    public AccountSummary me() {
        return summary(callerAccount.get());
    }

    /** The partner's own organisation (an account belongs to one; the organisation knows no accounts). */
    @RolesAllowed(PortalRoles.PARTNER)
    public OrganisationSummary myOrganisation() {
        return callerAccount.get().getOrganisation().map(OrganisationSummary::of)
                .orElseThrow(() -> new NotFoundException("organisation.not-found"));
    }

    /** Every account, for the functional administrator. */
    @RolesAllowed(PortalRoles.ADMIN)
    public List<AccountSummary> all() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultStream().map(Accounts::summary).toList();
    }

    /**
     * A new account. A partner belongs to a partner organisation; the roles come from the portal's roles; the first
     * password is stored hashed like every other.
     */
    @RolesAllowed(PortalRoles.ADMIN)
    public AccountSummary create(@NotNull @Valid NewAccount account) {
        if (!PortalRoles.ALL.containsAll(account.roles())) {
            throw new PortalException("account.role.unknown");
        }
        boolean taken = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", account.username()).getResultStream().findAny().isPresent();
        if (taken) {
            throw new PortalException("account.username.taken");
        }
        Organisation organisation = account.organisationId() == null ? null
                : Optional.ofNullable(em.find(Organisation.class, account.organisationId()))
                        .orElseThrow(() -> new NotFoundException("organisation.not-found"));
        if (account.roles().contains(PortalRoles.PARTNER) && (organisation == null || !organisation.isPartner())) {
            throw new PortalException("account.partner.organisation-required");
        }
        String email = account.email() == null || account.email().isBlank() ? null : account.email().strip();
        if (account.invited() && email == null) {
            throw new PortalException("account.email.required-for-invitation");
        }
        if (!account.invited()) {
            PasswordRules.refusalOf(account.username(), account.initialPassword()).ifPresent(rule -> {
                throw new PortalException(rule);
            });
        }
        // an invited person has no password until they choose one: the hash of a secret nobody holds
        String password = account.invited() ? ResetTokens.newToken() : account.initialPassword();
        Account created = new Account(account.username(), account.displayName().strip(), email,
                PasswordHash.hash(password.toCharArray()), organisation, Locale.forLanguageTag("nl"),
                account.roles());
        em.persist(created);
        em.flush();
        if (account.invited()) {
            passwordLinks.mail(created, LinkPurpose.INVITATION);
        }
        audit.done(caller.username(), "account.create", "account", created.getUsername(),
                String.join(",", new TreeSet<>(account.roles())));
        return summary(created);
    }

    /**
     * Sends the person a new invitation to choose a password (48 hours), when the first one expired or was lost; the
     * password they may have stays valid until they choose a new one.
     */
    @RolesAllowed(PortalRoles.ADMIN)
    public void inviteAgain(@NotBlank @Size(max = MAX_USERNAME_LENGTH) String username) {
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("account.not-found"));
        if (account.getEmail() == null) {
            throw new PortalException("account.email.required-for-invitation");
        }
        passwordLinks.mail(account, LinkPurpose.INVITATION);
        audit.done(caller.username(), "account.invite-again", "account", username, null);
    }

    /** Changes an account's roles; administrators cannot take their own administrator role away. */
    @RolesAllowed(PortalRoles.ADMIN)
    public AccountSummary changeRoles(@NotBlank @Size(max = MAX_USERNAME_LENGTH) String username,
                                      @NotEmpty(message = "{account.roles.required}") Set<@NotBlank String> roles) {
        if (!PortalRoles.ALL.containsAll(roles)) {
            throw new PortalException("account.role.unknown");
        }
        if (username.equals(caller.username()) && !roles.contains(PortalRoles.ADMIN)) {
            throw new PortalException("account.roles.own-admin");
        }
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("account.not-found"));
        if (roles.contains(PortalRoles.PARTNER)
                && account.getOrganisation().map(organisation -> !organisation.isPartner()).orElse(true)) {
            throw new PortalException("account.partner.organisation-required");
        }
        account.changeRoles(roles);
        audit.done(caller.username(), "account.roles", "account", username, String.join(",", new TreeSet<>(roles)));
        return summary(account);
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(account.getUsername(), account.getDisplayName(),
                account.getOrganisation().map(Organisation::getName).orElse(null),
                Set.copyOf(account.getRoles()), account.getLocale(), account.getEmail());
    }

    /**
     * The caller chooses a new password, proving with the current one that it is them (ASVS 2.1.5, 2.1.6). Wrong
     * current passwords count as failed logins of the account, so a session left open is no way to guess it.
     */
    @RolesAllowed(PortalRoles.SIGNED_IN)
    public void changePassword(@NotNull @Valid PasswordChange change) {
        Account account = callerAccount.get();
        String username = account.getUsername();
        proveCurrentPassword(account, change.currentPassword(), "account.password");
        PasswordRules.refusalOf(username, change.newPassword()).ifPresent(rule -> {
            throw new PortalException(rule);
        });
        if (change.newPassword().equals(change.currentPassword())) {
            throw new PortalException("account.password.unchanged");
        }
        account.changePasswordHash(PasswordHash.hash(change.newPassword().toCharArray()));
        audit.done(username, "account.password", "account", username, null);
        credentialsChanged.fire(new CredentialsChanged(username, clock.instant()));
        LOG.info(() -> "Password changed by " + LogText.clean(username));
    }

    /**
     * The caller asks for a new e-mail address, proving with the password that it is them: a link to confirm it is
     * mailed to the new address, and mail keeps going to the old one until the link is followed.
     */
    @RolesAllowed(PortalRoles.SIGNED_IN)
    public void requestEmailChange(@NotNull @Valid EmailChange change) {
        Account account = callerAccount.get();
        proveCurrentPassword(account, change.currentPassword(), "account.email");
        String address = change.newEmail().strip();
        if (address.equalsIgnoreCase(account.getEmail())) {
            throw new PortalException("account.email.unchanged");
        }
        passwordLinks.mailEmailChange(account, address);
        audit.done(account.getUsername(), "account.email.request", "account", account.getUsername(), null);
    }

    /** Confirms a new e-mail address through the link mailed to it, without logging in; answers the address. */
    @PermitAll
    public String confirmEmail(@NotNull(message = "{account.email.link.invalid}") String token) {
        PasswordResetRequest link = passwordLinks.open(token)
                .filter(open -> open.getPurpose() == LinkPurpose.EMAIL_CHANGE)
                .orElseThrow(() -> new PortalException("account.email.link.invalid"));
        Account account = link.getAccount();
        account.changeEmail(link.getNewEmail());
        passwordLinks.closeAll(account, LinkPurpose.EMAIL_CHANGE);
        audit.done("anonymous", "account.email.confirm", "account", account.getUsername(), null);
        return link.getNewEmail();
    }

    /** The current password, checked as a login is (throttled per account), before a change of credentials. */
    private void proveCurrentPassword(Account account, String password, String action) {
        String username = account.getUsername();
        LoginThrottle.Attempt<Account> attempt = throttle.attempt(username, PASSWORD_CHANGE_SOURCE, () -> account,
                found -> matches(password.toCharArray(), found));
        switch (attempt.outcome()) {
            case THROTTLED -> throw new PortalException("account.password.current.throttled");
            case BUSY -> throw new PortalException("account.password.busy");
            case FAILED -> {
                audit.refused(username, action, "account", username, "current password wrong");
                throw new PortalException("account.password.current.wrong");
            }
            default -> {
                // proven
            }
        }
    }

    /** Remembers the language the caller chose: the portal speaks Dutch or English. */
    @RolesAllowed(PortalRoles.SIGNED_IN)
    public void changeLanguage(@NotBlank @Pattern(regexp = "nl|en") String language) {
        callerAccount.get().changeLocale(Locale.forLanguageTag(language));
    }

    /** An account a task may be handed to; empty when there is no such account. */
    @RolesAllowed(PortalRoles.LIFECYCLE_MEMBER)
    public Optional<Colleague> colleague(@NotBlank @Size(max = MAX_USERNAME_LENGTH) String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username.strip())
                .getResultStream().findFirst()
                .map(account -> new Colleague(account.getUsername(), account.getDisplayName(),
                        account.getOrganisation().map(Organisation::getId).orElse(null),
                        Set.copyOf(account.getRoles())));
    }
}
