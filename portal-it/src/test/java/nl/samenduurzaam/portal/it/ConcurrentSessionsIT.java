package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logged-in people keep their roles when their requests arrive together: many sessions, each on its own thread,
 * fire protected requests at once (a page checked by the web container's constraints and EJB roles, and the process
 * model served after an EJB role check). Every answer must be the page, never a refusal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentSessionsIT {

    private static final Logger LOG = Logger.getLogger(ConcurrentSessionsIT.class.getName());
    private static final Pattern MODEL_URL = Pattern.compile("data-model=\"[^\"]*(models/idea-lifecycle\\?definition=[^\"]+)\"");
    private static final List<String> PEOPLE = List.of(Users.PARTNER, Users.OTHER_PARTNER, Users.THIRD_PARTNER,
            Users.SCREENER, Users.SECOND_SCREENER, Users.PROGRAMME_MANAGER, Users.MANAGEMENT, Users.ROLE_HOLDER,
            Users.FACILITATOR, Users.HEAD_OF_DEPARTMENT);
    private static final int SESSIONS = 20;
    private static final int REQUESTS_PER_SESSION = 500;
    /** Every so many requests a full page (sessions overview) instead of the process model. */
    private static final int PAGE_EVERY = 25;

    @ArquillianResource
    private URL base;

    @Test
    void noLoggedInRequestIsRefusedWhenTenThousandArriveTogether() throws Exception {
        String model = processModelPath();
        List<HttpSession> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(new HttpSession(base.toURI()).loginAs(PEOPLE.get(i % PEOPLE.size())));
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CyclicBarrier together = new CyclicBarrier(SESSIONS);
        ExecutorService threads = Executors.newFixedThreadPool(SESSIONS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (HttpSession session : sessions) {
                runs.add(threads.submit(() -> {
                    together.await();
                    for (int request = 0; request < REQUESTS_PER_SESSION; request++) {
                        HttpResponse<String> answer = session.get(request % PAGE_EVERY == 0
                                ? "sessions/index.xhtml" : model);
                        statuses.computeIfAbsent(answer.statusCode(), status -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }

        Map<Integer, Integer> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.get()));
        LOG.info(() -> SESSIONS * REQUESTS_PER_SESSION + " concurrent requests of logged-in people: " + counted);
        assertThat(counted).as("HTTP status -> number of answers").isEqualTo(
                Map.of(200, SESSIONS * REQUESTS_PER_SESSION));
    }

    /** The address of the current process model, as the reports page links it for its diagram. */
    private String processModelPath() throws Exception {
        HttpResponse<String> reports = new HttpSession(base.toURI()).loginAs(Users.MANAGEMENT)
                .get("reports/index.xhtml");
        Matcher model = MODEL_URL.matcher(reports.body());
        assertThat(model.find()).as("the reports page links the process model").isTrue();
        return model.group(1).replace("&amp;", "&");
    }
}
