package nl.samenduurzaam.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.account.boundary.AccountSummary;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.NewAccount;
import nl.samenduurzaam.portal.organisation.boundary.OrganisationSummary;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;
import nl.samenduurzaam.portal.security.PortalRoles;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The functional administrator's accounts and organisations: create them and change an account's roles. */
@Named
@ViewScoped
public class AccountsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> ROLES = List.of(PortalRoles.PARTNER, PortalRoles.FACILITATOR,
            PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER, PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT,
            PortalRoles.ADMIN);

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    private List<AccountSummary> accountList;
    private List<OrganisationSummary> organisationList;
    private final Map<String, List<String>> rolesOf = new HashMap<>();

    private String username;
    private String displayName;
    private String email;
    private Long organisationId;
    private List<String> roles = new ArrayList<>();
    private String organisationName;
    private OrganisationType organisationType;

    @PostConstruct
    void load() {
        accountList = accounts.all();
        organisationList = organisations.all();
        accountList.forEach(account -> rolesOf.put(account.username(),
                new ArrayList<>(ROLES.stream().filter(account.roles()::contains).toList())));
    }

    /** The person chooses the first password through the invitation mailed to the address given here. */
    public void createAccount() {
        AccountSummary created = accounts.create(new NewAccount(username, displayName, email, organisationId,
                new LinkedHashSet<>(roles), null));
        Messages.addGlobalInfo("admin.account.invited", created.username(), email);
        username = null;
        displayName = null;
        email = null;
        organisationId = null;
        roles = new ArrayList<>();
        load();
    }

    public void inviteAgain(AccountSummary account) {
        accounts.inviteAgain(account.username());
        Messages.addGlobalInfo("admin.account.invited-again", account.username(), account.email());
    }

    public void saveRoles(AccountSummary account) {
        accounts.changeRoles(account.username(), new LinkedHashSet<>(rolesOf.get(account.username())));
        Messages.addGlobalInfo("admin.account.roles-saved", account.username());
        load();
    }

    public void addOrganisation() {
        OrganisationSummary added = organisations.add(organisationName, organisationType);
        Messages.addGlobalInfo("admin.organisation.added", added.name());
        organisationName = null;
        organisationType = null;
        load();
    }

    public List<String> getRoleOptions() {
        return ROLES;
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    public List<AccountSummary> getAccountList() {
        return accountList;
    }

    public List<OrganisationSummary> getOrganisationList() {
        return organisationList;
    }

    public Map<String, List<String>> getRolesOf() {
        return rolesOf;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }
}
