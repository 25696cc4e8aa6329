package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.support.IdeaFixtures;
import nl.samenduurzaam.portal.it.support.Mailbox;
import nl.samenduurzaam.portal.it.support.ReceivedMail;
import nl.samenduurzaam.portal.it.support.TestMailServer;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMTP server is down while a change causes a mail: the change is made, the mail waits and arrives once. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MailOutageIT {

    @ArquillianResource
    private URL base;

    @Test
    void aMailCausedWhileTheSmtpServerIsDownArrivesOnceWhenItIsBack() throws Exception {
        String number;
        TestMailServer.stop();
        try {
            number = IdeaFixtures.ideaWaitingAt(base, IdeaLifecycle.ACCEPT_OWNERSHIP, Users.PARTNER,
                    "Tijdens een storing");
            Thread.sleep(8_000);   // the outbox tries, fails and waits a while, more than once
        } finally {
            TestMailServer.start();
        }

        String address = Users.PARTNER + "@example.org";
        ReceivedMail mail = Mailbox.awaitOne(address, "Eigenaarschap aangeboden: " + number);
        assertThat(mail.subject()).contains("Tijdens een storing");
        Thread.sleep(6_000);
        assertThat(Mailbox.of(address)).filteredOn(received -> received.subject().contains(number))
                .extracting(ReceivedMail::subject).filteredOn(subject -> subject.startsWith("Eigenaarschap aangeboden"))
                .hasSize(1);
    }
}
