package nl.samenduurzaam.portal.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.organisation.entity.Organisation;

import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.BY_USERNAME_OR_EMAIL, query = "select a from Account a where a.username = :identifier "
        + "or lower(a.email) = lower(:identifier)")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.username")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
@NamedQuery(name = Account.REACHABLE_IN_ORGANISATION, query = "select a from Account a "
        + "where a.organisation = :organisation and a.email is not null order by a.username")
@NamedQuery(name = Account.REACHABLE_WITH_ROLE, query = "select distinct a from Account a join a.roles r "
        + "where r = :role and a.email is not null order by a.username")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String BY_USERNAME_OR_EMAIL = "Account.byUsernameOrEmail";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";
    /** The accounts of an organisation that mail reaches. */
    public static final String REACHABLE_IN_ORGANISATION = "Account.reachableInOrganisation";
    /** The accounts holding a role that mail reaches. */
    public static final String REACHABLE_WITH_ROLE = "Account.reachableWithRole";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 10)
    private String locale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 40)
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String email, String passwordHash,
                   Organisation organisation, Locale locale, Set<String> roles) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.organisation = organisation;
        this.locale = locale.toLanguageTag();
        this.roles = new HashSet<>(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Optional<Organisation> getOrganisation() {
        return Optional.ofNullable(organisation);
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public void changeRoles(Set<String> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account has at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** A new address, confirmed by its owner through a link mailed to it. */
    public void changeEmail(String confirmed) {
        this.email = Objects.requireNonNull(confirmed);
    }

    /** A new password, already hashed: the entity never sees it in clear. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** The language the person reads the portal in, remembered between sessions. */
    public void changeLocale(Locale chosen) {
        this.locale = Objects.requireNonNull(chosen).toLanguageTag();
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean belongsTo(Organisation other) {
        return organisation != null && other != null && Objects.equals(organisation.getId(), other.getId());
    }
}
