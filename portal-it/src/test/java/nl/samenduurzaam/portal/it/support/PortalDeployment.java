package nl.samenduurzaam.portal.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one deployment of a test run ({@link OneDeploymentPerRun} deploys it before the first test class and undeploys
 * it when the server stops): the real EAR that the build produced, with the in-container test classes, their support
 * and AssertJ added to its WAR (nested modules are opaque to Arquillian otherwise), and the session fixture's store
 * added to its EJB module. Client tests ({@code @RunAsClient})
 * drive the same deployment from outside.
 */
public final class PortalDeployment {

    private static final String WAR = "portal-web.war";
    private static final String EJB_MODULE = "portal-ejb.jar";
    private static final String TEST_PACKAGE = "nl.samenduurzaam.portal.it";

    private PortalDeployment() {
    }

    @Deployment
    public static EnterpriseArchive portalWithInContainerTests() {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "samen-duurzaam.ear")
                .importFrom(earFile()).as(EnterpriseArchive.class);
        ArchivePath warPath = ArchivePaths.create(WAR);
        WebArchive war = ShrinkWrap.create(ZipImporter.class, WAR)
                .importFrom(ear.get(warPath).getAsset().openStream())
                .as(WebArchive.class);
        war.addClasses(inContainerTestClasses().toArray(Class<?>[]::new));
        war.addClasses(CurrentExchange.class, CurrentExchangeFilter.class, Users.class, TaskDriver.class,
                Submissions.class, Violations.class, DemoLookups.class, HttpSession.class, Mailbox.class,
                ReceivedMail.class, BenchmarkData.class, BenchmarkIdeas.class);
        // the fixtures browser tests ask for their own ideas and sessions
        war.addClasses(IdeaFixtureServlet.class, SessionFixtureServlet.class, AccountFixtureServlet.class);
        war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        war.addAsLibrary(jarOf(net.bytebuddy.ByteBuddy.class));
        ear.delete(warPath);
        ear.addAsModule(war);
        // a fixture that stores what no page creates needs the persistence unit, which only the EJB module sees
        ArchivePath ejbPath = ArchivePaths.create(EJB_MODULE);
        JavaArchive ejb = ShrinkWrap.create(ZipImporter.class, EJB_MODULE)
                .importFrom(ear.get(ejbPath).getAsset().openStream())
                .as(JavaArchive.class);
        ejb.addClasses(SessionPlanner.class);
        ear.delete(ejbPath);
        ear.addAsModule(ejb);
        return ear;
    }

    /** The test classes of the test package that run inside the server: every one not marked {@code @RunAsClient}. */
    static List<Class<?>> inContainerTestClasses() {
        Path directory = testClassesDirectory().resolve(TEST_PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("IT.class"))
                    .<Class<?>>map(name -> load(TEST_PACKAGE + "." + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> !type.isAnnotationPresent(RunAsClient.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PortalDeployment.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path testClassesDirectory() {
        return jarOf(PortalDeployment.class).toPath();
    }

    private static File earFile() {
        File ear = new File(System.getProperty("portal.ear", "target/samen-duurzaam.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The portal EAR is missing: " + ear.getAbsolutePath());
        }
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
