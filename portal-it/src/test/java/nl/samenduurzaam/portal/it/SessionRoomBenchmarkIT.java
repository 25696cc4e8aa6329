package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.SessionFixtures;
import nl.samenduurzaam.portal.it.support.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live room benchmark, run by {@code ./benchmark.sh room} and not by the test command: a number of participants'
 * pages (100 unless told) hold the session room's WebSocket open, as phones in the room do; one participant puts
 * dots on and takes them off again, and every page's socket is timed from the vote's request to the push that tells
 * it. The figures go to {@code target/benchmark-room.txt}, which the command prints. It measures; it does not fail on
 * a slow machine, only when a page was never told.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRoomBenchmarkIT {

    // the page names the channel and its id; OmniFaces' script opens them under /omnifaces.push/
    private static final Pattern SOCKET = Pattern.compile("'(sessionRoom\\?[A-Za-z0-9-]+)'");
    // the room is the participants' page: every client is a registered participant, as the phones in a room are
    private static final Pattern ALERT = Pattern.compile("role=\"alert\">([^<]*)");
    private static final List<String> ACCOUNTS = List.of(Users.PARTNER, Users.OTHER_PARTNER, Users.THIRD_PARTNER);
    private static final int VOTES = 20;
    private static final long NEVER_TOLD_SECONDS = 10;

    @ArquillianResource
    private URL base;

    @Test
    void aVoteReachesEveryOpenRoomPage() throws Exception {
        int clients = Integer.getInteger("benchmark.room.clients", 100);
        long session = SessionFixtures.running(base, "Benchmark sessieruimte", "ENERGY_TRANSITION",
                ACCOUNTS, 10, List.of("Een inzicht om op te stemmen"));
        String room = "sessions/room.xhtml?session=" + session;

        List<Listener> listeners = new ArrayList<>();
        List<WebSocket> sockets = new ArrayList<>();
        long joinStart = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            HttpSession participant = new HttpSession(base.toURI()).loginAs(ACCOUNTS.get(i % ACCOUNTS.size()));
            Listener listener = new Listener();
            sockets.add(participant.openSocket(socketOf(participant.get(room)), listener));
            listeners.add(listener);
        }
        double joinSeconds = (System.nanoTime() - joinStart) / 1e9;

        HttpSession voter = new HttpSession(base.toURI()).loginAs(Users.PARTNER);
        String page = voter.get(room).body();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        int neverTold = 0;
        for (int vote = 0; vote < VOTES; vote++) {
            CountDownLatch told = new CountDownLatch(clients);
            listeners.forEach(listener -> listener.expect(told));
            String button = vote % 2 == 0 ? "cast" : "withdraw";
            long sent = System.nanoTime();
            HttpResponse<String> answer = voter.ajaxPost(room, page, "room-voting",
                    "room-voting:lines:0:" + button, Map.of());
            assertThat(answer.statusCode()).isEqualTo(200);
            if (!told.await(NEVER_TOLD_SECONDS, TimeUnit.SECONDS)) {
                neverTold += (int) told.getCount();
            }
            listeners.forEach(listener -> latencies.addAll(listener.since(sent)));
        }
        sockets.forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String report = String.format("""
                        Session room: %d pages with the room's WebSocket open, %d votes (a dot on, a dot off)
                          pages joined (login, page, socket) in %.1f s
                          pushes received: %d of %d; never told within %d s: %d
                          vote request to push received: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
                        """, clients, VOTES, joinSeconds, sorted.size(), clients * VOTES, NEVER_TOLD_SECONDS,
                neverTold, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
                millis(sorted, 1.0));
        Files.writeString(Path.of("target", "benchmark-room.txt"), report, StandardCharsets.UTF_8);
        assertThat(neverTold).as("pages never told of a vote").isZero();
    }

    private static String socketOf(HttpResponse<String> page) {
        Matcher socket = SOCKET.matcher(page.body());
        if (!socket.find()) {
            Matcher alert = ALERT.matcher(page.body());
            throw new IllegalStateException("No session room socket on the page: " + page.statusCode() + " "
                    + page.uri() + (alert.find() ? " " + alert.group(1) : ""));
        }
        return "omnifaces.push/" + socket.group(1);
    }

    private static double millis(List<Long> sortedNanos, double quantile) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }

    /** One page's socket: when each push arrived. */
    private static final class Listener implements WebSocket.Listener {

        private final List<Long> received = Collections.synchronizedList(new ArrayList<>());
        private final AtomicReference<CountDownLatch> told = new AtomicReference<>();

        void expect(CountDownLatch latch) {
            received.clear();
            told.set(latch);
        }

        List<Long> since(long sent) {
            synchronized (received) {
                return received.stream().map(at -> at - sent).toList();
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence message, boolean last) {
            if (message.toString().contains("changed")) {
                received.add(System.nanoTime());
                CountDownLatch latch = told.get();
                if (latch != null) {
                    latch.countDown();
                }
            }
            socket.request(1);
            return null;
        }
    }
}
