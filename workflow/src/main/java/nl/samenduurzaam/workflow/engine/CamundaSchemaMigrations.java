package nl.samenduurzaam.workflow.engine;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import nl.samenduurzaam.portal.infrastructure.persistence.PortalDataSourceDefinition;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/** Brings the process engine's tables up to date before the engine starts; see {@link CamundaEngineSchema}. */
@Stateless
public class CamundaSchemaMigrations {

    private static final Logger LOG = Logger.getLogger(CamundaSchemaMigrations.class.getName());

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    private DataSource dataSource;

    // DDL runs in Flyway's own transactions, never inside a JTA transaction
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void migrate() {
        Flyway flyway = Flyway.configure(CamundaSchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .table("camunda_schema_history")
                .locations("classpath:db/camunda")
                .failOnMissingLocations(false)
                .javaMigrations(new CamundaEngineSchema())
                // the schema is shared with the domain tables: start this history at 0, below the engine versions
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Process engine schema at version " + version + " (" + applied + " migrations applied now)");
    }
}
