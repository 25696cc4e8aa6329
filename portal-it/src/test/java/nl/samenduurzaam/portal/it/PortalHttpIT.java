package nl.samenduurzaam.portal.it;

import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.SessionFixtures;
import nl.samenduurzaam.portal.it.support.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every HTTP client sees of the deployed portal: health, security headers, protected pages, error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalHttpIT {

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthReportsTheDatabaseAndTheProcessEngine() throws Exception {
        HttpResponse<String> health = get(URI.create(base.getProtocol() + "://" + base.getHost() + ":"
                + base.getPort() + "/health/ready"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "samen-duurzaam-portal", "\"processEngine\":\"true\"",
                "\"database\":\"true\"");
    }

    @Test
    void pagesAndErrorPagesCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"login.xhtml", "does-not-exist.xhtml", "index.xhtml", "accessibility.xhtml",
                "password-reset.xhtml"}) {
            HttpResponse<String> response = get(base.toURI().resolve(path));

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            if (!path.startsWith("does-not-exist")) {
                // scripts only from the portal, inline ones only with the nonce of this response
                assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
                        .anySatisfy(csp -> assertThat(csp).startsWith("script-src 'self' 'nonce-"));
            }
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
        }
    }

    @Test
    void anUnknownPageShowsTheTranslatedErrorPageWithoutInternals() throws Exception {
        HttpResponse<String> response = get(base.toURI().resolve("does-not-exist.xhtml"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Pagina niet gevonden").doesNotContain("\tat ", ".java:", "Stacktrace");
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        for (String path : new String[] {"partner/ideas.xhtml", "partner/elaboration.xhtml?idea=SD-2026-0001",
                "tasks/index.xhtml", "tasks/task.xhtml?id=1", "tasks/selection.xhtml", "sessions/index.xhtml",
                "ideas/idea.xhtml?number=SD-2026-0001", "models/idea-lifecycle?definition=x", "reports/index.xhtml",
                "admin/index.xhtml", "me/data.xhtml", "sessions/board.xhtml?session=1"}) {
            HttpResponse<String> response = get(base.toURI().resolve(path));

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
        }
    }

    @Test
    void aPageNotMeantForTheRoleShowsTheTranslatedRefusal() throws Exception {
        HttpSession partner = new HttpSession(base.toURI()).loginAs(Users.PARTNER);

        HttpResponse<String> refused = partner.get("tasks/index.xhtml");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Geen toegang", "Deze pagina is niet bedoeld voor uw rol")
                .doesNotContain("\tat ", ".java:", "Stacktrace");
    }

    /** The board's view action asks the boundary for the session: its refusal is the refusal page, not an error. */
    @Test
    void aRoleRefusedByTheBoundaryOnOpeningAPageShowsTheRefusalNotAnError() throws Exception {
        long session = SessionFixtures.running(base, "Bord geweigerd", "ENERGY_TRANSITION", List.of(Users.PARTNER), 0);

        for (String user : new String[] {Users.PARTNER, Users.ADMIN}) {
            HttpResponse<String> refused = new HttpSession(base.toURI()).loginAs(user)
                    .get("sessions/board.xhtml?session=" + session);

            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.body()).as(user).contains("Geen toegang")
                    .doesNotContain("\tat ", ".java:", "Stacktrace", "EJBAccessException");
        }
    }

    @Test
    void aRefusedAjaxRequestSendsTheBrowserToThePageInsteadOfDoingNothing() throws Exception {
        HttpSession partner = new HttpSession(base.toURI()).loginAs(Users.PARTNER);
        String page = partner.get("partner/ideas.xhtml").body();

        HttpResponse<String> refused = partner.ajaxPost("tasks/index.xhtml", page, "task-form", "task-form:claim",
                Map.of());

        assertThat(refused.body()).contains("<partial-response>", "<redirect url=\"/tasks/index.xhtml\"");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = get(base.toURI().resolve("login.xhtml"));

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    /** Browsers ask for /favicon.ico on every first visit: a 404 there is an error in every console. */
    @Test
    void theBrowsersIconIsThere() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("/favicon.ico")).GET().build();
        HttpResponse<byte[]> icon = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).get().asString().startsWith("image/");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);   // an icon resource holding one image
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
