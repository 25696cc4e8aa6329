package nl.samenduurzaam.portal.it.support;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The deployments of the integration tests: always the real EAR that the build produced. For in-container tests the
 * test classes go into its WAR (nested modules are opaque to Arquillian otherwise).
 */
public final class PortalDeployment {

    private static final String WAR = "portal-web.war";

    private PortalDeployment() {
    }

    /** The EAR as built, for tests that drive it from outside (browser tests). */
    public static EnterpriseArchive asBuilt() {
        return ShrinkWrap.create(ZipImporter.class, "samen-duurzaam.ear")
                .importFrom(earFile()).as(EnterpriseArchive.class);
    }

    /** The EAR with the given test classes, the in-container test support and AssertJ added to its WAR. */
    public static EnterpriseArchive withTestClasses(Class<?>... testClasses) {
        EnterpriseArchive ear = asBuilt();
        ArchivePath warPath = ArchivePaths.create(WAR);
        WebArchive war = ShrinkWrap.create(ZipImporter.class, WAR)
                .importFrom(ear.get(warPath).getAsset().openStream())
                .as(WebArchive.class);
        war.addClasses(testClasses);
        war.addClasses(PortalDeployment.class, CurrentExchange.class, CurrentExchangeFilter.class, Users.class,
                TaskDriver.class);
        war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        war.addAsLibrary(jarOf(net.bytebuddy.ByteBuddy.class));
        ear.delete(warPath);
        ear.addAsModule(war);
        return ear;
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
