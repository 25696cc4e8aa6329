package nl.samenduurzaam.portal.it;

import jakarta.inject.Inject;
import nl.samenduurzaam.portal.idea.boundary.IdeaDetail;
import nl.samenduurzaam.portal.idea.boundary.IdeaQuery;
import nl.samenduurzaam.portal.idea.boundary.IdeaSortField;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.boundary.IdeasFromInsights;
import nl.samenduurzaam.portal.idea.boundary.InsightConversion;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.insight.boundary.InsightCapture;
import nl.samenduurzaam.portal.insight.boundary.InsightView;
import nl.samenduurzaam.portal.insight.boundary.Insights;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.it.support.DemoLookups;
import nl.samenduurzaam.portal.it.support.SessionPlanner;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.session.boundary.SessionDetail;
import nl.samenduurzaam.portal.session.boundary.SessionSummary;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static nl.samenduurzaam.portal.it.support.Violations.templatesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The session and insight boundaries in Payara: the demo programme, registrations per organisation, insights
 * turned into an idea with its process.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsAndInsightsIT {

    private static final String ONE_MEGABYTE = "x".repeat(1024 * 1024);

    @Inject
    private Ideas ideas;

    @Inject
    private Sessions sessions;

    @Inject
    private Insights insights;

    @Inject
    private SessionPlanner sessionPlanner;

    @Inject
    private IdeasFromInsights ideasFromInsights;

    @Inject
    private RuntimeService runtimeService;

    /** A participant adds insights from the room while the session runs; nobody else does, and not before or after. */
    @Test
    void onlyParticipantsOfARunningSessionAddInsightsFromTheRoom() {
        String title = "Ruimte " + UUID.randomUUID();
        long session = sessionPlanner.running(title, "ENERGY_TRANSITION", List.of(Users.PARTNER), 0);
        Users.loginAs(Users.FACILITATOR);
        long theme = sessions.detail(session).summary().themes().get(0).id();

        Users.loginAs(Users.PARTNER);
        InsightView added = insights.contribute(new InsightCapture(session, theme, "  Warmtenet per straat  "));
        assertThat(added.text()).isEqualTo("Warmtenet per straat");
        assertThat(added.author()).isNotBlank();
        assertThat(added.sessionId()).isEqualTo(session);

        Users.loginAs(Users.OTHER_PARTNER);
        assertThatThrownBy(() -> insights.contribute(new InsightCapture(session, theme, "Niet aangemeld")))
                .isInstanceOf(PortalException.class).hasFieldOrPropertyWithValue("messageKey", "voting.not-participant");
        Users.loginAs(Users.PARTNER);
        assertThat(templatesOf(() -> insights.contribute(new InsightCapture(session, theme, " "))))
                .contains("{insight.text.required}");

        Users.loginAs(Users.FACILITATOR);
        sessions.moveTo(session, SessionStatus.CLOSED);
        Users.loginAs(Users.PARTNER);
        assertThatThrownBy(() -> insights.contribute(new InsightCapture(session, theme, "Na afloop")))
                .isInstanceOf(PortalException.class)
                .hasFieldOrPropertyWithValue("messageKey", "insight.session.not-running");
        Users.loginAs(Users.FACILITATOR);
        assertThat(insights.forSession(session)).extracting(InsightView::text).containsExactly("Warmtenet per straat");
    }

    @Test
    void facilitatorTurnsInsightsIntoAnIdeaThatStartsItsProcess() {
        Users.loginAs(Users.FACILITATOR);
        SessionSummary session = DemoLookups.firstSession();
        long theme = session.themes().get(0).id();
        InsightView insight = insights.capture(new InsightCapture(session.id(), theme,
                "Bedrijven willen samen een laadplein voor vrachtwagens " + UUID.randomUUID()));
        assertThat(templatesOf(() -> insights.capture(new InsightCapture(session.id(), theme, ONE_MEGABYTE))))
                .contains("{insight.text.too-long}");
        long partner = DemoLookups.organisationId("Logistiek Knooppunt Born (fictief)");

        IdeaSummary idea = ideasFromInsights.convert(new InsightConversion(session.id(), Set.of(insight.id()),
                "Laadplein voor elektrische vrachtwagens", "Samen laden op een bedrijventerrein.", theme, partner));

        assertThat(idea.status()).isEqualTo(IdeaStatus.SUBMITTED);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(IdeaLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(idea.number()).count()).isEqualTo(1);
        assertThat(insights.forSession(session.id())).filteredOn(i -> i.id() == insight.id())
                .extracting(i -> i.status().name()).containsExactly("CONVERTED");
        Users.loginAs(Users.SCREENER);
        IdeaDetail detail = ideas.detail(idea.number());
        assertThat(detail.originSessionTitle()).isEqualTo(session.title());
        assertThat(detail.originInsights()).containsExactly(insight.text());
        assertThat(detail.summary().proposingOrganisation()).isEqualTo("Logistiek Knooppunt Born (fictief)");
    }

    @Test
    void demoDataHasTheFirstSessionWithInsightsAndIdeasInEveryState() {
        Users.loginAs(Users.FACILITATOR);
        SessionSummary session = DemoLookups.firstSession();
        SessionDetail detail = sessions.detail(session.id());

        assertThat(detail.days()).extracting(SessionDetail.Day::location)
                .containsExactly("Stadskantoor en Markt, Sittard", "Brightlands Chemelot Campus, Geleen");
        assertThat(session.facilitator()).isEqualTo("Brightlands Innovation Factory");
        assertThat(insights.forSession(session.id())).hasSizeGreaterThanOrEqualTo(40);
        // the third, planned session is the one the facilitator's board journey (SessionsPageIT) runs
        assertThat(sessions.all()).hasSizeGreaterThanOrEqualTo(3).extracting(SessionSummary::status)
                .contains(SessionStatus.CLOSED, SessionStatus.OPEN_FOR_REGISTRATION);
        Users.loginAs(Users.SCREENER);
        List<IdeaStatus> statuses = ideas.search(new IdeaQuery(null, null, session.id(), Set.of(), null, 0, 100,
                IdeaSortField.NUMBER, true)).items().stream().map(IdeaSummary::status).toList();
        // the demo has every status; tests move only ideas of their own, so in any class order it still has
        assertThat(statuses).hasSizeGreaterThanOrEqualTo(20).contains(IdeaStatus.values());
    }

    @Test
    void partnersRegisterForAnOpenSessionAndSeeOnlyTheirOwnOrganisationsRegistrations() {
        Users.loginAs(Users.THIRD_PARTNER);
        SessionSummary open = sessions.all().stream().filter(s -> s.status() == SessionStatus.OPEN_FOR_REGISTRATION)
                .findFirst().orElseThrow();
        SessionDetail registered = sessions.register(open.id());
        assertThat(registered.registeredByMe()).isTrue();

        Users.loginAs(Users.PARTNER);
        sessions.register(open.id());
        SessionDetail seen = sessions.detail(open.id());
        assertThat(seen.registrations()).extracting(SessionDetail.RegistrationView::name)
                .containsExactly("Petra Partner");
        assertThatThrownBy(() -> sessions.register(DemoLookups.firstSession().id()))
                .hasMessage("session.registration.closed");

        Users.loginAs(Users.FACILITATOR);
        assertThat(sessions.detail(open.id()).registrations()).hasSizeGreaterThanOrEqualTo(2);
    }
}
