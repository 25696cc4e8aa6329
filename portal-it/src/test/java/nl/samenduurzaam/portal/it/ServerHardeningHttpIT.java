package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server around the portal as an attacker probes it over HTTP: no version banners, no public metrics, nothing a
 * browser or proxy keeps of pages and downloads, the same cookie attributes on the HTTPS listener.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerHardeningHttpIT {

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void noAnswerNamesTheServerOrItsVersion() throws Exception {
        for (String path : new String[] {"login.xhtml", "does-not-exist.xhtml", "favicon.ico",
                "jakarta.faces.resource/css/portal.css.xhtml", "health/ready"}) {
            HttpResponse<String> response = get(root().resolve(path.startsWith("health") ? "/" + path : path));

            assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
            assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
            assertThat(response.headers().map().values().toString()).as(path).doesNotContainIgnoringCase("payara");
        }
    }

    /** The admin port lists every command and the pool's database credentials to whoever reaches it. */
    @Test
    void theAdminPortAsksForThePasswordAndListensOnThisMachineOnly() throws Exception {
        int adminPort = Integer.getInteger("it.admin.port", 14848);
        URI management = URI.create("http://localhost:" + adminPort + "/management/domain");
        HttpRequest.Builder request = HttpRequest.newBuilder(management).header("Accept", "application/json")
                .header("X-Requested-By", "portal-it");

        HttpResponse<String> anonymous = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("commands", "childResources");

        String credentials = Base64.getEncoder().encodeToString(("admin:" + System.getProperty("it.admin.password"))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> administrator = http.send(request.header("Authorization", "Basic " + credentials)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(administrator.statusCode()).as("the port itself answers").isEqualTo(200);

        for (InetAddress address : networkAddresses()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, adminPort), 2000))
                        .as("admin port on %s", address).isInstanceOf(IOException.class);
            }
        }
    }

    /** This machine's addresses other than loopback (the admin port must not answer on them). */
    private static List<InetAddress> networkAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(ServerHardeningHttpIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && address instanceof Inet4Address).toList();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException gone) {
            return false;
        }
    }

    /** The Host header is the attacker's to choose: no redirect may send the browser there. */
    @Test
    void redirectsDoNotFollowAForgedHostHeader() throws Exception {
        String toLogin = rawGet("/partner/ideas.xhtml", "evil.example");
        String toRoom = rawGet("/r/42", "evil.example:18080");

        assertThat(toLogin).startsWith("HTTP/1.1 302");
        assertThat(locationOf(toLogin)).isEqualTo("/login.xhtml");
        assertThat(toRoom).startsWith("HTTP/1.1 302");
        assertThat(locationOf(toRoom)).isEqualTo("/sessions/room.xhtml?session=42");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndTheVictimStaysLoggedIn() throws Exception {
        HttpSession partner = new HttpSession(base.toURI()).loginAs(Users.PARTNER);
        String page = partner.get("partner/ideas.xhtml").body();
        String title = "Vanaf een andere site " + UUID.randomUUID();

        HttpResponse<String> forged = partner.sendingHeader("Origin", "https://evil.example")
                .submit("partner/ideas.xhtml", page, "idea-form", "idea-form:submit",
                        Map.of("idea-form:title", title, "idea-form:description", "Vervalst verzoek"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Geen toegang", "kwam van een andere website")
                .doesNotContain(title, "\tat ");
        assertThat(forged.headers().allValues("Set-Cookie")).as("the session stays").isEmpty();
        HttpResponse<String> after = partner.sendingHeader("Origin", root().toString().replaceAll("/$", ""))
                .get("partner/ideas.xhtml");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("idea-form").doesNotContain(title);

        // the browser does not send the SameSite cookie along: no new session may replace the victim's either
        HttpResponse<String> withoutCookie = new HttpSession(base.toURI())
                .sendingHeader("Referer", "https://evil.example/prijsvraag.html")
                .post("partner/ideas.xhtml", Map.of("idea-form", "idea-form"));
        assertThat(withoutCookie.statusCode()).isEqualTo(403);
        assertThat(withoutCookie.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(withoutCookie.headers().allValues("Set-Cookie")).isEmpty();
    }

    /** PrimeFaces cut what it received to an input's maxlength: a too long title was stored cut off. */
    @Test
    void aTooLongTitleIsRefusedWithItsMessageInsteadOfStoredCutOff() throws Exception {
        HttpSession partner = new HttpSession(base.toURI()).loginAs(Users.PARTNER);
        String page = partner.get("partner/ideas.xhtml").body();
        Matcher theme = Pattern.compile("<option value=\"(\\d+)\"").matcher(page);
        assertThat(theme.find()).as("a theme to choose").isTrue();
        String marker = "Te lang " + UUID.randomUUID();

        HttpResponse<String> answer = partner.submit("partner/ideas.xhtml", page, "idea-form", "idea-form:submit",
                Map.of("idea-form:title", marker + " " + "x".repeat(100_000), "idea-form:description",
                        "Een titel van honderdduizend tekens", "idea-form:theme", theme.group(1)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("De titel is te lang: hoogstens 200 tekens.");
        assertThat(partner.get("partner/ideas.xhtml").body()).as("nothing stored").doesNotContain(marker);
    }

    /** Larger than the server reads for form fields: it was an error 500 for the first component reading one. */
    @Test
    void aTooLargeRequestIsAnsweredWithItsOwnPage() throws Exception {
        byte[] threeMegabytes = ("login-form:username=" + "a".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(threeMegabytes)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("Te veel gegevens tegelijk", "Er is niets opgeslagen")
                .doesNotContain("\tat ", "Post too large");
    }

    @Test
    void aProcessModelThatCannotExistIsNotFoundRatherThanAnError() throws Exception {
        HttpSession screener = new HttpSession(base.toURI()).loginAs(Users.SCREENER);

        for (String definition : new String[] {"%00", "idea-lifecycle%0D%0A", "x".repeat(65)}) {
            HttpResponse<String> answer = screener.get("models/idea-lifecycle?definition=" + definition);

            assertThat(answer.statusCode()).as(definition).isEqualTo(404);
            assertThat(answer.body()).as(definition).contains("Pagina niet gevonden").doesNotContain("\tat ");
        }
    }

    /** ASVS 3.2.1 and 3.3.1: a session id known before the login is worthless after it, one known after logout too. */
    @Test
    void theSessionIdChangesAtLoginAndIsWorthlessAfterLogout() throws Exception {
        HttpSession partner = new HttpSession(base.toURI());
        partner.get("login.xhtml");
        String beforeLogin = partner.sessionId();

        partner.loginAs(Users.PARTNER);
        String loggedIn = partner.sessionId();
        assertThat(beforeLogin).isNotNull();
        assertThat(loggedIn).isNotNull().isNotEqualTo(beforeLogin);
        assertThat(withSessionCookie(beforeLogin, "partner/ideas.xhtml").statusCode()).isEqualTo(302);
        assertThat(withSessionCookie(loggedIn, "partner/ideas.xhtml").statusCode()).isEqualTo(200);

        String page = partner.get("partner/ideas.xhtml").body();
        HttpResponse<String> logout = partner.submit("partner/ideas.xhtml", page, "nav-form", "nav-form:logout",
                Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);

        HttpResponse<String> afterLogout = withSessionCookie(loggedIn, "partner/ideas.xhtml");
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location")).get().asString().endsWith("/login.xhtml");
    }

    private HttpResponse<String> withSessionCookie(String sessionId, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).header("Cookie", "JSESSIONID=" + sessionId)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Forged Faces requests once got an empty or cut-off answer: each gets a whole page or a whole partial answer. */
    @Test
    void forgedFacesRequestsGetAWholeAnswer() throws Exception {
        HttpSession visitor = new HttpSession(base.toURI());
        String page = visitor.get("login.xhtml").body();

        HttpResponse<String> stateless = visitor.post("login.xhtml", Map.of("jakarta.faces.ViewState", "stateless",
                "login-form", "login-form", "login-form:username", "x", "login-form:password", "y",
                "login-form:submit", ""));
        assertThat(stateless.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(stateless.body().strip()).contains("<h1>", "Er ging iets mis").endsWith("</html>")
                .doesNotContain("\tat ", "Stacktrace", ".java:");

        HttpResponse<String> withoutNonce = visitor.ajaxPost("login.xhtml", page.replaceAll("nonce=\"[^\"]*\"", ""),
                "login-form", "login-form:submit", Map.of("login-form:username", "x", "login-form:password", "y"));
        assertThat(withoutNonce.body().strip()).startsWith("<?xml").contains("<partial-response")
                .endsWith("</partial-response>").doesNotContain("\tat ", ".java:");
    }

    @Test
    void theServersMetricsAreNotPublic() throws Exception {
        HttpResponse<String> metrics = get(root().resolve("/metrics"));

        assertThat(metrics.statusCode()).isNotEqualTo(200);
        assertThat(metrics.body()).doesNotContain("# TYPE", "connection_pool", "jvm");
    }

    @Test
    void pagesAndDownloadsAreNeverStoredButStaticResourcesMayBe() throws Exception {
        assertThat(get(base.toURI().resolve("login.xhtml")).headers().allValues("Cache-Control"))
                .containsExactly("no-store");
        HttpSession partner = new HttpSession(base.toURI()).loginAs(Users.PARTNER);
        assertThat(partner.get("partner/ideas.xhtml").headers().allValues("Cache-Control")).containsExactly("no-store");

        // the personal data export: the download library marks it public for old browsers; it stays no-store
        HttpResponse<String> page = partner.get("me/data.xhtml");
        HttpResponse<String> download = partner.submit("me/data.xhtml", page.body(), "data-form",
                "data-form:download", Map.of());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        assertThat(download.body()).contains(Users.PARTNER);
        assertThat(download.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(download.headers().firstValue("Pragma")).isEmpty();

        assertThat(get(base.toURI().resolve("jakarta.faces.resource/css/portal.css.xhtml")).headers()
                .allValues("Cache-Control")).doesNotContain("no-store");
    }

    @Test
    void overHttpsTheSessionCookieHasTheSameAttributesAndBrowsersAreToldToStayOnHttps() throws Exception {
        URL https = new URL("https://" + base.getHost() + ":" + Integer.getInteger("it.https.port", 18181)
                + "/login.xhtml");
        HttpsURLConnection login = (HttpsURLConnection) https.openConnection();
        // the test server's certificate is Payara's self-signed one: this client reads headers only
        login.setSSLSocketFactory(trustAll().getSocketFactory());
        login.setHostnameVerifier((host, session) -> true);

        assertThat(login.getResponseCode()).isEqualTo(200);
        assertThat(login.getHeaderFields().get("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure")
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(login.getHeaderField("Strict-Transport-Security")).startsWith("max-age=31536000");
        assertThat(login.getHeaderField("Server")).isNull();
        login.disconnect();
        // over plain HTTP the header would mean nothing (and could be injected by anyone on the way)
        assertThat(get(base.toURI().resolve("login.xhtml")).headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }

    private URI root() throws Exception {
        return base.toURI().resolve("/");
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SSLContext trustAll() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        return context;
    }

    /** A GET written by hand: Java's HTTP client does not let a test choose the Host header. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String locationOf(String answer) {
        Matcher location = Pattern.compile("(?im)^Location: *(\\S*)\\s*$").matcher(answer);
        assertThat(location.find()).as(answer).isTrue();
        return location.group(1);
    }
}
