package nl.samenduurzaam.portal.load;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The portal under the load of a municipality's users, through the real JSF pages (view state, the PrimeFaces CSP
 * nonce on AJAX posts): 40 % partners (their ideas, an idea's page, now and then a new idea), 40 % screeners (the task
 * list, a task's page, the sessions), 20 % management (reports, task list, the public page), each logged in once
 * and thinking 1-3 s between pages. Profiles (system property {@code profile}):
 * <ul>
 *     <li>{@code steady}: {@code users} people log in over the first minute and work for {@code seconds};</li>
 *     <li>{@code burst}: 10 people work while 50 more log in within 10 s, each opening one page.</li>
 * </ul>
 * The stepped run of {@code ./load.sh} is a series of steady runs. Assertions: no failed request, and the
 * percentiles given as {@code p95} and {@code p99} (milliseconds).
 */
public class PortalLoadSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080/")
            .replaceAll("/$", "");
    private static final String PROFILE = System.getProperty("profile", "steady");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final int SECONDS = Integer.getInteger("seconds", 300);
    private static final int P95 = Integer.getInteger("p95", 300);
    private static final int P99 = Integer.getInteger("p99", 1000);
    private static final String PASSWORD = "SamenDuurzaam2026!";
    private static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("nl-NL,nl;q=0.9")
            .userAgentHeader("Samen Duurzaam load benchmark");

    private static FeederBuilder<Object> accounts(String... usernames) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String username : usernames) {
            rows.add(Map.of("username", username));
        }
        return listFeeder(rows).circular();
    }

    /** The login form, as a browser sends it; the portal answers with the person's start page. */
    private static ChainBuilder login(FeederBuilder<Object> accounts) {
        return exec(http("login page").get("/login.xhtml")
                        .check(css(VIEW_STATE, "value").saveAs("viewState")))
                .feed(accounts)
                .exec(http("login").post("/login.xhtml")
                        .formParam("login-form", "login-form")
                        .formParam("login-form:username", "#{username}")
                        .formParam("login-form:password", PASSWORD)
                        .formParam("login-form:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200))
                        .check(substring("login-form:username").notExists()));
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    private static final ChainBuilder PARTNER_ROUND = exec(http("partner: my ideas").get("/partner/ideas.xhtml")
                    .check(status().is(200))
                    .check(css(VIEW_STATE, "value").saveAs("viewState"))
                    .check(regex("nonce=\"([^\"]+)\"").saveAs("nonce"))
                    .check(regex("<option value=\"(\\d+)\"").findRandom().saveAs("themeId"))
                    .check(css("a.idea-link", "href").findRandom().optional().saveAs("ideaHref")))
            .exec(think())
            .doIf(session -> session.contains("ideaHref")).then(
                    exec(http("partner: idea page").get("#{ideaHref}").check(status().is(200))).exec(think()))
            .randomSwitch().on(percent(25).then(exec(session -> session.set("title",
                            "Lastproef " + UUID.randomUUID().toString().substring(0, 8)))
                    .exec(http("partner: submit idea").post("/partner/ideas.xhtml")
                            .header("Faces-Request", "partial/ajax")
                            .header("X-Requested-With", "XMLHttpRequest")
                            .formParam("jakarta.faces.partial.ajax", "true")
                            .formParam("jakarta.faces.source", "idea-form:submit")
                            .formParam("jakarta.faces.partial.execute", "idea-form")
                            .formParam("jakarta.faces.partial.render", "idea-form ideas-form:ideas")
                            .formParam("idea-form:submit", "idea-form:submit")
                            .formParam("idea-form", "idea-form")
                            .formParam("idea-form:title", "#{title}")
                            .formParam("idea-form:description", "Een idee uit de lastproef van het portaal.")
                            .formParam("idea-form:theme", "#{themeId}")
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .formParam("primefaces.nonce", "#{nonce}")
                            .check(status().is(200))
                            .check(substring("ingediend met nummer")))
                    .exec(think())));

    private static final ChainBuilder SCREENER_ROUND = exec(http("screener: task list").get("/tasks/index.xhtml")
                    .check(status().is(200))
                    .check(css("a[id$=':open']", "href").findRandom().optional().saveAs("taskHref")))
            .exec(think())
            .doIf(session -> session.contains("taskHref")).then(
                    exec(http("screener: task page").get("#{taskHref}").check(status().is(200))).exec(think()))
            .exec(http("screener: sessions").get("/sessions/index.xhtml").check(status().is(200)))
            .exec(think());

    private static final ChainBuilder MANAGEMENT_ROUND = exec(http("management: reports").get("/reports/index.xhtml")
                    .check(status().is(200)))
            .exec(think())
            .exec(http("management: task list").get("/tasks/index.xhtml").check(status().is(200)))
            .exec(think())
            .exec(http("management: public page").get("/index.xhtml").check(status().is(200)))
            .exec(think());

    private static ScenarioBuilder working(String name, FeederBuilder<Object> accounts, ChainBuilder round,
                                           int seconds) {
        return scenario(name).exec(login(accounts)).exec(think())
                .exec(during(Duration.ofSeconds(seconds)).on(round));
    }

    private static ScenarioBuilder partners(int seconds) {
        return working("partner", accounts("partner", "partner2", "partner3"), PARTNER_ROUND, seconds);
    }

    private static ScenarioBuilder screeners(int seconds) {
        return working("screener", accounts("beoordelaar", "beoordelaar2"), SCREENER_ROUND, seconds);
    }

    private static ScenarioBuilder management(int seconds) {
        return working("management", accounts("management", "afdelingshoofd", "programmamanager"),
                MANAGEMENT_ROUND, seconds);
    }

    private static PopulationBuilder arriving(ScenarioBuilder scenario, int users, int overSeconds) {
        return scenario.injectOpen(rampUsers(Math.max(1, users)).during(Duration.ofSeconds(overSeconds)));
    }

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        if ("burst".equals(PROFILE)) {
            populations.add(arriving(screeners(SECONDS), 5, 5));
            populations.add(arriving(partners(SECONDS), 5, 5));
            ScenarioBuilder burst = scenario("login burst").pause(Duration.ofSeconds(15))
                    .exec(login(accounts("partner", "partner2", "partner3", "beoordelaar", "beoordelaar2")))
                    .exec(http("burst: sessions").get("/sessions/index.xhtml").check(status().is(200)));
            populations.add(burst.injectOpen(constantUsersPerSec(USERS / 10.0).during(Duration.ofSeconds(10))));
        } else {
            int partnerUsers = Math.round(USERS * 0.4f);
            int screenerUsers = Math.round(USERS * 0.4f);
            int managementUsers = USERS - partnerUsers - screenerUsers;
            populations.add(arriving(partners(SECONDS), partnerUsers, 60));
            populations.add(arriving(screeners(SECONDS), screenerUsers, 60));
            populations.add(arriving(management(SECONDS), managementUsers, 60));
        }
        List<Assertion> assertions = List.of(
                global().failedRequests().count().is(0L),
                global().responseTime().percentile(95).lte(P95),
                global().responseTime().percentile(99).lte(P99));
        setUp(populations).protocols(protocol).assertions(assertions);
    }
}
