package nl.samenduurzaam.portal.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

import java.sql.Connection;

/**
 * The one datasource shared by JPA and the Camunda engine, so that domain data and process state commit in one JTA
 * transaction. Payara chooses the pool type from {@code className} before configuration placeholders are resolved, so
 * the class is fixed here and {@link PortalXaDataSource} picks the driver from the configured URL.
 */
@DataSourceDefinition(
        name = PortalDataSourceDefinition.JNDI_NAME,
        className = "nl.samenduurzaam.portal.infrastructure.persistence.PortalXaDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        transactional = true,
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
public class PortalDataSourceDefinition {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
