package nl.samenduurzaam.portal.it;

import jakarta.inject.Inject;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.LoginResult;
import nl.samenduurzaam.portal.account.boundary.NewAccount;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.it.support.Submissions;
import nl.samenduurzaam.portal.it.support.Users;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import static nl.samenduurzaam.portal.it.support.Violations.templatesOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server's log holds after refused calls and hostile input, read from server.log itself: no password, no
 * personal text, no line a request value forged.
 */
@ExtendWith(ArquillianExtension.class)
class LogsWithoutSecretsIT {

    private static final Logger LOG = Logger.getLogger(LogsWithoutSecretsIT.class.getName());

    @Inject
    private Accounts accounts;

    @Inject
    private Ideas ideas;

    @Test
    void aRefusedAccountLeavesNeitherItsPasswordNorItsAddressInTheLog() throws Exception {
        String password = "Geheim-" + UUID.randomUUID();
        String email = "persoon-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Users.loginAs(Users.ADMIN);

        assertThat(templatesOf(() -> accounts.create(new NewAccount("Geen Geldige Naam!", "Persoon", email, null,
                Set.of("screener"), password)))).contains("{account.username.format}");

        assertThat(logUpToHere()).doesNotContain(password, email);
    }

    @Test
    void aRefusedIdeaLeavesItsTextOutOfTheLog() throws Exception {
        String text = "Persoonlijke tekst " + UUID.randomUUID();
        Users.loginAs(Users.PARTNER);

        assertThat(templatesOf(() -> ideas.submit(new IdeaSubmission("x".repeat(201), text, Submissions.anyTheme()))))
                .contains("{idea.title.too-long}");

        assertThat(logUpToHere()).doesNotContain(text);
    }

    @Test
    void aUsernameWithLineBreaksCannotWriteALineOfItsOwn() throws Exception {
        // within the 100 characters a username may have, so that the attempt is checked and logged
        String forged = "[2026-12-02T10:00:00.000+0000] [SEVERE] [forged-" + UUID.randomUUID().toString()
                .substring(0, 8) + "]";

        LoginResult result = accounts.authenticate("onbekend\r\n" + forged + "\u2028uit",
                "fout-wachtwoord".toCharArray(), "127.0.0.1");

        assertThat(result.outcome()).isNotEqualTo(LoginResult.Outcome.SUCCESS);
        List<String> lines = logUpToHere().lines().toList();
        assertThat(lines).noneMatch(line -> line.startsWith(forged));
        assertThat(lines).anyMatch(line -> line.contains("Failed login for onbekend??" + forged + "?uit"));
    }

    /**
     * The server's log up to this moment: a marker is logged and the file read once it holds the marker (Payara
     * writes its log from a queue).
     */
    private static String logUpToHere() throws IOException, InterruptedException {
        String marker = "log-marker-" + UUID.randomUUID();
        LOG.info(marker);
        Path log = Path.of(System.getProperty("com.sun.aas.instanceRoot"), "logs", "server.log");
        for (int attempt = 0; attempt < 100; attempt++) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            if (text.contains(marker)) {
                return text;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The marker did not reach " + log + " within 10 s");
    }
}
