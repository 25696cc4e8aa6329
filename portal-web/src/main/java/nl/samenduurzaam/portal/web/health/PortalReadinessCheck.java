package nl.samenduurzaam.portal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.infrastructure.persistence.DatabaseHealth;
import nl.samenduurzaam.workflow.engine.ProcessEngineBootstrap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the process engine runs. */
@Readiness
@ApplicationScoped
public class PortalReadinessCheck implements HealthCheck {

    @Inject
    private DatabaseHealth database;

    @Inject
    private ProcessEngineBootstrap engine;

    @Override
    public HealthCheckResponse call() {
        boolean databaseAnswers = database.answers();
        boolean engineRuns = engine.isRunning();
        return HealthCheckResponse.named("samen-duurzaam-portal")
                .status(databaseAnswers && engineRuns)
                .withData("database", databaseAnswers)
                .withData("processEngine", engineRuns)
                .build();
    }
}
