package nl.samenduurzaam.portal.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import nl.samenduurzaam.portal.security.PortalRoles;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the domain schema up to date at startup, before anything else touches the database (the process engine and
 * the demo data depend on this bean). Flyway takes a database lock, so several nodes starting together are safe.
 */
@Singleton
@Startup
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrateAtStartup() {
        migrate();
    }

    /** Applies what is missing and tells how many migrations that were; running it again applies nothing. */
    // DDL must not join a JTA transaction: PostgreSQL would roll it back with the rest, H2 would commit it anyway.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(PortalRoles.ADMIN)
    public int migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("portal_schema_history")
                .load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return result.migrationsExecuted;
    }
}
