package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.support.FaultPortal;
import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.LocalPostgres;
import nl.samenduurzaam.portal.it.support.SubmittingPartners;
import nl.samenduurzaam.portal.it.support.Users;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away for half a minute while partners submit ideas: the portal keeps answering with clear pages
 * (a person logging in reads that the portal is temporarily unavailable, not that the password is wrong), its
 * health check goes down and up again, it recovers without a restart, and no acknowledged idea is lost. Stops and
 * starts the machine's PostgreSQL server: run by {@code ./fault.sh postgres} only, never beside other tests.
 */
class DatabaseOutageFaultIT {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFaultIT.class.getName());
    private static final String TITLE_PREFIX = "Storingsproef ";
    private static final int OUTAGE_SECONDS = 30;

    private final FaultPortal portal = new FaultPortal();

    @Test
    void thePortalAnswersClearlyThroughADatabaseOutageAndLosesNoAcknowledgedIdea() throws Exception {
        assertThat(portal.onPostgres()).as("the outage test needs PostgreSQL: ./fault.sh postgres").isTrue();
        portal.startFresh();
        SubmittingPartners partners = SubmittingPartners.throughFailures(portal.url(), 6, TITLE_PREFIX);
        TimeUnit.SECONDS.sleep(10);
        int beforeOutage = partners.acknowledged().size();

        LocalPostgres.stop();
        long outageStarted = System.nanoTime();
        long down;
        HttpResponse<String> login;
        try {
            down = secondsUntilHealth(503, 60);
            login = new HttpSession(portal.url()).tryLogin(Users.SCREENER);
            long remaining = OUTAGE_SECONDS * 1_000L - (System.nanoTime() - outageStarted) / 1_000_000;
            TimeUnit.MILLISECONDS.sleep(Math.max(0, remaining));
        } finally {
            LocalPostgres.start();
        }
        long up = secondsUntilHealth(200, 120);
        TimeUnit.SECONDS.sleep(10);
        partners.stop();

        Set<String> acknowledged = partners.acknowledged();
        Set<String> stored = portal.storedNumbers(TITLE_PREFIX);
        Map<String, Integer> processes = portal.processesPerIdea();
        LOG.info(() -> "Health DOWN " + down + " s after the database stopped, UP " + up + " s after it started; "
                + acknowledged.size() + " acknowledged (" + beforeOutage + " before the outage), "
                + partners.refused() + " answered with a message, " + partners.unanswered() + " without an answer");
        portal.stop();

        assertThat(login.body()).as("logging in during the outage").contains("tijdelijk niet bereikbaar")
                .doesNotContain("Onjuiste gebruikersnaam of wachtwoord", "\tat ");
        assertThat(acknowledged.size()).as("submissions acknowledged after the outage").isGreaterThan(beforeOutage);
        assertThat(stored).as("every acknowledged idea is stored").containsAll(acknowledged);
        for (String number : stored) {
            assertThat(processes.get(number)).as("processes of %s", number).isEqualTo(1);
        }
    }

    /** Polls the readiness check until it answers with the status; the seconds it took. */
    private long secondsUntilHealth(int status, int atMostSeconds) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpSession probe = new HttpSession(portal.url());
        while ((System.nanoTime() - started) / 1_000_000_000L < atMostSeconds) {
            if (probe.get("health/ready").statusCode() == status) {
                return (System.nanoTime() - started) / 1_000_000_000L;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("health/ready did not answer " + status + " within " + atMostSeconds + " s");
    }
}
