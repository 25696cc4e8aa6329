package nl.samenduurzaam.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CamundaEngineSchemaTest {

    @Test
    void createdSchemaIsAcceptedByAnEngineThatDoesNotTouchTheSchema() {
        JdbcDataSource dataSource = h2("camunda-schema-created");

        MigrateResult result = migrate(dataSource);

        assertThat(result.migrationsExecuted).isEqualTo(1);
        ProcessEngine engine = engineWithoutSchemaUpdate("jdbc:h2:mem:camunda-schema-created");
        try {
            assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
        } finally {
            engine.close();
        }
    }

    @Test
    void secondRunChangesNothing() {
        JdbcDataSource dataSource = h2("camunda-schema-twice");
        migrate(dataSource);

        assertThat(migrate(dataSource).migrationsExecuted).isZero();
    }

    @Test
    void existingEngineTablesAreAdopted() {
        ProcessEngine engine = StandaloneProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:camunda-schema-existing;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("existing-schema")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .buildProcessEngine();
        engine.close();

        MigrateResult result = migrate(h2("camunda-schema-existing"));

        assertThat(result.success).isTrue();
        assertThat(result.targetSchemaVersion).isEqualTo(CamundaEngineSchema.ENGINE_VERSION);
    }

    @Test
    void scriptsAreSplitIntoStatementsWithoutComments() throws Exception {
        assertThat(CamundaEngineSchema.statements("org/camunda/bpm/engine/db/create/activiti.postgres.create.engine.sql"))
                .isNotEmpty()
                .allSatisfy(sql -> assertThat(sql).doesNotStartWith("--").doesNotEndWith(";"))
                .anySatisfy(sql -> assertThat(sql).containsIgnoringCase("create table ACT_GE_PROPERTY"));
    }

    private static MigrateResult migrate(JdbcDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).table("camunda_schema_history")
                .locations("classpath:db/camunda").failOnMissingLocations(false)
                .javaMigrations(new CamundaEngineSchema()).baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    private static JdbcDataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    private static ProcessEngine engineWithoutSchemaUpdate(String url) {
        return StandaloneProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url + ";DB_CLOSE_DELAY=-1")
                .setJdbcUsername("sa")
                .setJdbcPassword("")
                .setProcessEngineName("schema-check")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .buildProcessEngine();
    }
}
