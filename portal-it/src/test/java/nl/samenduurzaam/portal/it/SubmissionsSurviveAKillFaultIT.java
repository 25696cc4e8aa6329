package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.support.FaultPortal;
import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.SubmittingPartners;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal killed with {@code kill -9} while partners submit ideas through the real form: after the restart every
 * idea whose number the portal acknowledged is stored, with exactly one process and one screening task. Runs a
 * portal of its own ({@link FaultPortal}); run by {@code ./fault.sh}, not by the test command (it takes minutes).
 */
class SubmissionsSurviveAKillFaultIT {

    private static final Logger LOG = Logger.getLogger(SubmissionsSurviveAKillFaultIT.class.getName());
    private static final String TITLE_PREFIX = "Killproef ";

    private final FaultPortal portal = new FaultPortal();

    @Test
    void everyAcknowledgedIdeaSurvivesAKillWithOneProcessAndOneScreeningTask() throws Exception {
        portal.startFresh();
        SubmittingPartners partners = SubmittingPartners.untilTheServerDies(portal.url(), 12, TITLE_PREFIX);
        TimeUnit.SECONDS.sleep(Integer.getInteger("fault.seconds", 20));

        portal.kill();
        partners.stop();
        Set<String> acknowledged = partners.acknowledged();
        LOG.info(() -> "Killed the server after " + acknowledged.size() + " acknowledged submissions ("
                + partners.unanswered() + " in flight without an answer)");

        portal.start();
        assertThat(new HttpSession(portal.url()).get("health/ready").statusCode())
                .as("the restarted portal is ready").isEqualTo(200);
        portal.stop();
        Set<String> stored = portal.storedNumbers(TITLE_PREFIX);
        Map<String, Integer> processes = portal.processesPerIdea();
        Map<String, Integer> screenings = portal.screeningTasksPerIdea();
        LOG.info(() -> acknowledged.size() + " acknowledged, " + stored.size() + " stored of the test's ideas");

        assertThat(acknowledged).as("ideas acknowledged before the kill").isNotEmpty();
        assertThat(stored).as("every acknowledged idea is stored").containsAll(acknowledged);
        for (String number : stored) {
            assertThat(processes.get(number)).as("processes of %s", number).isEqualTo(1);
            assertThat(screenings.get(number)).as("screening tasks of %s", number).isEqualTo(1);
        }
    }
}
