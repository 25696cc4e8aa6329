package nl.samenduurzaam.portal.it.support;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

import java.util.logging.Logger;

/**
 * Deploys {@link PortalDeployment} once for the whole test run instead of once per test class (a deployment of the
 * EAR costs 15-30 s). Arquillian asks every test class for its deployment, deploys it before the class and undeploys
 * it after: the first request is answered with the portal's deployment and deployed, every later class is handed the
 * same scenario (so its protocol data, the URL of the in-container runner, is found again), and the undeployment waits
 * until the server stops. Test classes therefore declare no {@code @Deployment} of their own.
 */
public final class OneDeploymentPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedScenario.class);
    }

    /** Arquillian's observer: one instance for the run, so its fields outlive the test classes. */
    public static final class SharedScenario {

        private static final Logger LOG = Logger.getLogger(OneDeploymentPerRun.class.getName());

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario shared;
        private boolean deployed;
        private boolean undeploying;

        public void generateOnce(@Observes EventContext<GenerateDeployment> event) {
            if (event.getEvent().getTestClass().getJavaClass() == PortalDeployment.class) {
                event.proceed();
            } else if (shared == null) {
                generate.fire(new GenerateDeployment(new TestClass(PortalDeployment.class)));
                shared = classScenario.get();
                LOG.info(() -> "One deployment for the run, first asked for by "
                        + event.getEvent().getTestClass().getName());
                // the classes run in random order (JUnit's ClassOrderer.Random): the seed repeats an order
                String seed = System.getProperty("it.order.seed");
                LOG.info(() -> "Integration test classes in random order, seed " + seed + " (IT_ORDER_SEED=" + seed
                        + " ./run-tests.sh repeats it)");
            } else {
                classScenario.set(shared);
            }
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                deployed = true;
                event.proceed();
            }
        }

        public void undeployWhenTheServerStops(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (undeploying) {
                event.proceed();
            }
        }

        public void undeployAll(@Observes BeforeStop event) {
            if (shared == null) {
                return;
            }
            classContext.get().activate(PortalDeployment.class);
            try {
                classScenario.set(shared);
                undeploying = true;
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                undeploying = false;
                classContext.get().deactivate();
            }
        }
    }
}
