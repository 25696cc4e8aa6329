package nl.samenduurzaam.portal.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partners submitting ideas through the real form, each on a thread and a session of its own, one after another,
 * until told to stop: which numbers the portal acknowledged, and how many submissions got no answer at all.
 */
public final class SubmittingPartners {

    private static final Pattern ACKNOWLEDGED = Pattern.compile("ingediend met nummer (SD-\\d{4}-\\d{4,})");
    private static final Pattern THEME = Pattern.compile("<option value=\"(\\d+)\"");
    private static final List<String> PARTNERS = List.of(Users.PARTNER, Users.OTHER_PARTNER, Users.THIRD_PARTNER);

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService threads;
    private final String titlePrefix;

    private SubmittingPartners(URI portal, int clients, String titlePrefix, boolean keepGoingAfterFailures) {
        this.titlePrefix = titlePrefix;
        this.threads = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            String partner = PARTNERS.get(i % PARTNERS.size());
            threads.submit(() -> submit(portal, partner, keepGoingAfterFailures));
        }
    }

    /** Clients that give up at their first failure (the server is gone). */
    public static SubmittingPartners untilTheServerDies(URI portal, int clients, String titlePrefix) {
        return new SubmittingPartners(portal, clients, titlePrefix, false);
    }

    /** Clients that go on through failures (the database is away for a while), logging in again when needed. */
    public static SubmittingPartners throughFailures(URI portal, int clients, String titlePrefix) {
        return new SubmittingPartners(portal, clients, titlePrefix, true);
    }

    public void stop() throws InterruptedException {
        stopping.set(true);
        threads.shutdown();
        if (!threads.awaitTermination(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The submitting partners did not stop");
        }
    }

    public Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    public int unanswered() {
        return unanswered.get();
    }

    /** Submissions answered with anything but an acknowledgement (an error page, a message). */
    public int refused() {
        return refused.get();
    }

    private void submit(URI portal, String partner, boolean keepGoing) {
        HttpSession session = null;
        while (!stopping.get()) {
            try {
                if (session == null) {
                    session = new HttpSession(portal).loginAs(partner);
                }
                Optional<String> number = submitThroughTheForm(session, titlePrefix + System.nanoTime());
                if (number.isPresent()) {
                    acknowledged.add(number.get());
                } else {
                    refused.incrementAndGet();
                }
            } catch (IOException lost) {
                session = null;
                if (!goOnAfter(unanswered, keepGoing)) {
                    return;
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                session = null;
                if (!goOnAfter(refused, keepGoing)) {
                    return;
                }
            }
        }
    }

    /**
     * Submits one idea through the partner's form as a browser posts it; the number the portal acknowledged, empty
     * when it answered with anything else.
     */
    public static Optional<String> submitThroughTheForm(HttpSession partner, String title)
            throws IOException, InterruptedException {
        String page = partner.get("partner/ideas.xhtml").body();
        Matcher theme = THEME.matcher(page);
        if (!theme.find()) {
            throw new IllegalStateException("no theme to choose: not the partner's page");
        }
        HttpResponse<String> answer = partner.ajaxPost("partner/ideas.xhtml", page, "idea-form", "idea-form:submit",
                Map.of("idea-form:title", title,
                        "idea-form:description", "Ingediend via het formulier van de partner",
                        "idea-form:theme", theme.group(1)));
        Matcher number = ACKNOWLEDGED.matcher(answer.body());
        return number.find() ? Optional.of(number.group(1)) : Optional.empty();
    }

    /** Counts a failed submission; whether the client tries again (after a short pause) with a new login. */
    private static boolean goOnAfter(AtomicInteger failures, boolean keepGoing) {
        failures.incrementAndGet();
        if (!keepGoing) {
            return false;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(500);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
