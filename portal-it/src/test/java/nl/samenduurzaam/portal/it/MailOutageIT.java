package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.support.HttpSession;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP server is down while a change causes a mail: the change is made, the mail waits in the outbox (the
 * administrator's outbox page says so and why) and arrives once when the server is back.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MailOutageIT {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

    @ArquillianResource
    private URL base;

    @Test
    void aMailCausedWhileTheSmtpServerIsDownWaitsAndArrivesOnceWhenItIsBack() throws Exception {
        HttpSession administrator = new HttpSession(base.toURI()).loginAs(Users.ADMIN);
        String number;
        String subject = "Eigenaarschap aangeboden: ";
        TestMailServer.stop();
        try {
            number = IdeaFixtures.ideaWaitingAt(base, IdeaLifecycle.ACCEPT_OWNERSHIP, Users.PARTNER,
                    "Tijdens een storing");
            String waiting = awaitRow(administrator, subject + number, row -> row.contains("Wacht op verzending")
                    && attempts(row) >= 1);
            assertThat(waiting).contains("partner@example.org", "Volgende poging: ");
            assertThat(span(waiting, "outbox-reason")).as("the reason the last attempt failed").isNotBlank();
        } finally {
            TestMailServer.start();
        }

        String address = Users.PARTNER + "@example.org";
        ReceivedMail mail = Mailbox.awaitOne(address, subject + number);
        assertThat(mail.subject()).contains("Tijdens een storing");
        String sent = awaitRow(administrator, subject + number, row -> row.contains("Verzonden"));
        assertThat(attempts(sent)).isGreaterThanOrEqualTo(2);
        assertThat(Mailbox.of(address)).filteredOn(received -> received.subject().startsWith(subject + number))
                .hasSize(1);
    }

    /** The administrator's outbox row of the mail with this subject, once it matches (within 60 s). */
    private String awaitRow(HttpSession administrator, String subject, java.util.function.Predicate<String> matches)
            throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        String last = null;
        while (Instant.now().isBefore(until)) {
            Optional<String> row = row(administrator.get("admin/mail.xhtml").body(), subject);
            if (row.isPresent() && matches.test(row.get())) {
                return row.get();
            }
            last = row.orElse(null);
            Thread.sleep(500);
        }
        throw new AssertionError("The outbox row of \"" + subject + "\" did not match; last: " + last);
    }

    private static Optional<String> row(String page, String subject) {
        Matcher rows = ROW.matcher(page);
        while (rows.find()) {
            if (rows.group(1).contains(subject)) {
                return Optional.of(rows.group(1));
            }
        }
        return Optional.empty();
    }

    private static int attempts(String row) {
        String attempts = span(row, "outbox-attempts");
        return attempts.isBlank() ? 0 : Integer.parseInt(attempts.strip());
    }

    private static String span(String row, String styleClass) {
        Matcher span = Pattern.compile("class=\"" + styleClass + "\">([^<]*)<").matcher(row);
        return span.find() ? span.group(1) : "";
    }
}
