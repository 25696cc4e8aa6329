package nl.samenduurzaam.portal.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The real SMTP server of the test run (GreenMail, in the test JVM): started when Arquillian loads, before the
 * portal's server, which delivers to it (PORTAL_SMTP_PORT in the pom). Tests read what arrived over IMAP
 * ({@link Mailbox}), in the server and as clients alike; a client test may stop and start it to play an outage.
 */
public final class TestMailServer implements LoadableExtension {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 13025);

    private static GreenMail server;

    @Override
    public void register(ExtensionBuilder builder) {
        start();
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(SMTP_PORT, Mailbox.HOST, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(Mailbox.IMAP_PORT, Mailbox.HOST, ServerSetup.PROTOCOL_IMAP)});
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestMailServer::stop));
        }
    }

    /** Stops it: the portal's mail waits in its outbox until {@link #start()}; what had arrived is gone. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
