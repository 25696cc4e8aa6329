package nl.samenduurzaam.workflow.engine;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * The portal's process models and how they reach the engine at every start: one deployment of all of them, with
 * duplicate filtering, so that an unchanged set is not deployed again and a changed one becomes a new version.
 */
public final class ProcessModels {

    static final String DEPLOYMENT_NAME = "samen-duurzaam-processes";
    /** The models, by their resource name in the workflow module. */
    public static final List<String> RESOURCES = List.of("bpmn/ideaLifecycle.bpmn", "dmn/municipalRoleRules.dmn");

    private ProcessModels() {
    }

    /** Deploys the models as they are on the class path. */
    public static Deployment deploy(RepositoryService repository) {
        return deploy(repository, ProcessModels::fromClassPath);
    }

    /** Deploys the models, each read through {@code source} (a test hands in a changed model this way). */
    public static Deployment deploy(RepositoryService repository, Function<String, InputStream> source) {
        DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering(true);
        RESOURCES.forEach(resource -> builder.addInputStream(resource, source.apply(resource)));
        return builder.deploy();
    }

    public static InputStream fromClassPath(String resource) {
        InputStream model = ProcessModels.class.getClassLoader().getResourceAsStream(resource);
        if (model == null) {
            throw new IllegalStateException("Process model missing: " + resource);
        }
        return model;
    }
}
