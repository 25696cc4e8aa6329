package nl.samenduurzaam.portal.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.account.control.PasswordHash;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.security.PortalRoles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data, loaded into an empty database when {@code portal.demo-data} is true (the run command and the tests set
 * it; production never does): fictional partner organisations with contacts, one account per role, the real first
 * verdiepingssessie with its insights and ideas in every state of the lifecycle, and the two autumn sessions.
 * The workflow module calls it once its process engine runs, because submitted demo ideas start their process.
 * Calling it again, or in production, does nothing.
 */
@Singleton
@PermitAll
public class DemoData {

    /** The password of every demo account; printed by the run command. */
    public static final String PASSWORD = "SamenDuurzaam2026!";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean enabled;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private DemoProgramme programme;

    /** Loads the demo data when enabled on an empty database; tells whether it did. */
    public boolean loadIfEnabled() {
        if (!enabled) {
            return false;
        }
        long accounts = em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
        if (accounts > 0) {
            LOG.info("Demo data not loaded: the database already has accounts");
            return false;
        }
        DemoOrganisations organisations = DemoOrganisations.create(em);
        String hash = PasswordHash.hash(PASSWORD.toCharArray());
        Map<String, Account> people = new HashMap<>();
        people.put("partner", account("partner", "Petra Partner",
                organisations.cooperative(), hash, PortalRoles.PARTNER));
        people.put("partner2", account("partner2", "Bas Bouwens",
                organisations.installer(), hash, PortalRoles.PARTNER));
        people.put("partner3", account("partner3", "Noor Nijsten", organisations.housing(), hash, PortalRoles.PARTNER));
        people.put("procesbegeleider", account("procesbegeleider", "Fenna Facilitator",
                organisations.facilitator(), hash, PortalRoles.FACILITATOR));
        people.put("beoordelaar", account("beoordelaar", "Sanne Screener",
                organisations.municipality(), hash, PortalRoles.SCREENER));
        people.put("beoordelaar2", account("beoordelaar2", "Jeroen Janssen",
                organisations.municipality(), hash, PortalRoles.SCREENER));
        people.put("programmamanager", account("programmamanager", "Pieter Programma",
                organisations.municipality(), hash, PortalRoles.PROGRAMME_MANAGER));
        people.put("rolhouder", account("rolhouder", "Rik Rolhouder",
                organisations.municipality(), hash, PortalRoles.ROLE_HOLDER));
        people.put("management", account("management", "Marieke Management",
                organisations.municipality(), hash, PortalRoles.MANAGEMENT));
        people.put("beheer", account("beheer", "Bram Beheer", organisations.municipality(), hash, PortalRoles.ADMIN));
        // a head of department who is both role holder and management member: the four-eyes rule applies to her
        people.put("afdelingshoofd", account("afdelingshoofd", "Anouk Afdelingshoofd", organisations.municipality(),
                hash, PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT));
        programme.load(organisations, people);
        LOG.info("Demo organisations, accounts, sessions, insights and ideas loaded");
        return true;
    }

    /**
     * The open ideas the demo loaded beyond "submitted" (those submitted started their process at the intake), for the
     * workflow to start their processes where they are.
     */
    public List<DemoIdeaAtStep> openIdeasBeyondSubmission() {
        return em.createQuery("select i from Idea i order by i.number", Idea.class).getResultStream()
                .filter(idea -> !idea.getStatus().isFinal() && idea.getStatus() != IdeaStatus.SUBMITTED
                        && idea.getStatus() != IdeaStatus.PARKED)
                .map(idea -> new DemoIdeaAtStep(idea.getId(), idea.getNumber(), idea.getTheme().getCode(),
                        idea.getStatus(), idea.getStatusReason(), idea.getProposingOrganisation().getId(),
                        idea.getOwnerOrganisation().map(Organisation::getId).orElse(null)))
                .toList();
    }

    /** Every status change on the demo ideas' timelines, per idea in the order they happened. */
    public List<DemoStatusChange> statusChanges() {
        return em.createQuery("select new nl.samenduurzaam.portal.demo.DemoStatusChange(i.number, e.toStatus, "
                        + "e.occurredAt, e.actor) from IdeaEvent e join e.idea i where e.toStatus is not null "
                        + "and (e.fromStatus is null or e.fromStatus <> e.toStatus) order by i.number, e.occurredAt, "
                        + "e.id", DemoStatusChange.class).getResultList();
    }

    private Account account(String username, String name, Organisation organisation, String hash,
                            String... roles) {
        Account account = new Account(username, name, username + "@example.org", hash, organisation, DUTCH,
                Set.of(roles));
        em.persist(account);
        return account;
    }
}
