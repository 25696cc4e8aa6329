package nl.samenduurzaam.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.account.control.PasswordHash;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;
import nl.samenduurzaam.portal.security.PortalRoles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Fictional organisations and one demo account per role, loaded into an empty database when
 * {@code portal.demo-data} is true (the run command and the tests set it; production never does).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
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

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        long accounts = em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
        if (accounts > 0) {
            LOG.info("Demo data not loaded: the database already has accounts");
            return;
        }
        Organisation municipality = organisation("Gemeente Sittard-Geleen", OrganisationType.MUNICIPALITY);
        Organisation facilitator = organisation("Brightlands Innovation Factory", OrganisationType.FACILITATOR);
        Organisation cooperative = organisation("Energiecoöperatie Zonnedak Westelijke Mijnstreek (fictief)",
                OrganisationType.SOCIETAL_PARTNER);
        Organisation installer = organisation("Installatiebedrijf Warmtewijzer (fictief)", OrganisationType.COMPANY);

        String hash = PasswordHash.hash(PASSWORD.toCharArray());
        account("partner", "Petra Partner", cooperative, hash, PortalRoles.PARTNER);
        account("partner2", "Bas Bouwens", installer, hash, PortalRoles.PARTNER);
        account("procesbegeleider", "Fenna Facilitator", facilitator, hash, PortalRoles.FACILITATOR);
        account("beoordelaar", "Sanne Screener", municipality, hash, PortalRoles.SCREENER);
        account("programmamanager", "Pieter Programma", municipality, hash, PortalRoles.PROGRAMME_MANAGER);
        account("rolhouder", "Rik Rolhouder", municipality, hash, PortalRoles.ROLE_HOLDER);
        account("management", "Marieke Management", municipality, hash, PortalRoles.MANAGEMENT);
        account("beheer", "Bram Beheer", municipality, hash, PortalRoles.ADMIN);
        LOG.info("Demo organisations and accounts loaded");
    }

    private Organisation organisation(String name, OrganisationType type) {
        Organisation organisation = new Organisation(name, type);
        em.persist(organisation);
        return organisation;
    }

    private void account(String username, String name, Organisation organisation, String hash, String role) {
        em.persist(new Account(username, name, username + "@example.org", hash, organisation, DUTCH, Set.of(role)));
    }
}
