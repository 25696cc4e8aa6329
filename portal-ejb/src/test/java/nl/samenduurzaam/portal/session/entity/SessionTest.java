package nl.samenduurzaam.portal.session.entity;

import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.insight.entity.Insight;
import nl.samenduurzaam.portal.insight.entity.InsightCluster;
import nl.samenduurzaam.portal.insight.entity.InsightStatus;
import nl.samenduurzaam.portal.insight.entity.InsightVote;
import nl.samenduurzaam.portal.theme.entity.Theme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static nl.samenduurzaam.portal.testing.TestEntities.organisation;
import static nl.samenduurzaam.portal.testing.TestEntities.partner;
import static nl.samenduurzaam.portal.testing.TestEntities.theme;
import static nl.samenduurzaam.portal.testing.TestEntities.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTest {

    private static final Instant NOW = Instant.parse("2026-05-20T10:00:00Z");

    private final Theme energy = theme("ENERGY_TRANSITION");
    private final Theme youth = theme("YOUTH");
    private final Session session = withId(new Session("Verdiepingssessie", null, null, Set.of(energy)));
    private final Account petra = partner("petra", organisation("Coöperatie"));

    @Test
    void registrationOnlyWhileOpenAndOncePerPerson() {
        assertThatThrownBy(() -> session.register(petra, NOW))
                .isInstanceOf(PortalException.class).hasMessage("session.registration.closed");

        session.moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
        Registration first = session.register(petra, NOW);
        Registration again = session.register(petra, NOW.plusSeconds(60));

        assertThat(again).isSameAs(first);
        assertThat(session.getRegistrations()).hasSize(1);
        assertThat(first.getOrganisation().getName()).isEqualTo("Coöperatie");
    }

    @Test
    void aRegistrationCanBeWithdrawnWhileRegistrationIsOpen() {
        session.moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
        session.register(petra, NOW);

        session.unregister(petra);
        session.unregister(petra);

        assertThat(session.getRegistrations()).isEmpty();
        session.moveTo(SessionStatus.RUNNING);
        assertThatThrownBy(() -> session.unregister(petra))
                .isInstanceOf(PortalException.class).hasMessage("session.registration.closed");
    }

    @Test
    void statusMovesForwardOneStepAtATime() {
        assertThatThrownBy(() -> session.moveTo(SessionStatus.RUNNING))
                .isInstanceOf(PortalException.class).hasMessage("session.status.not-next");
        session.moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
        session.moveTo(SessionStatus.RUNNING);
        session.moveTo(SessionStatus.CLOSED);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CLOSED);
    }

    @Test
    void daysHaveDistinctDatesAndAgendasWithTimes() {
        session.addDay(LocalDate.of(2026, 5, 28), "Stadskantoor en Markt, Sittard")
                .addAgendaItem("09:30", "Opening door de wethouder");

        assertThatThrownBy(() -> session.addDay(LocalDate.of(2026, 5, 28), "Elders"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.getDays().get(0).addAgendaItem("9.30 uur", "Koffie"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(session.getDays().get(0).getAgenda()).hasSize(1);
    }

    @Test
    void insightsBelongToASessionThemeAndClusterWithinIt() {
        assertThatThrownBy(() -> new Insight(session, youth, "Elders", null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        Insight insight = withId(new Insight(session, energy, "Daken zijn ongebruikt", petra, NOW));
        Session other = withId(new Session("Andere sessie", null, null, Set.of(energy)));

        assertThatThrownBy(() -> insight.clusterInto(withId(new InsightCluster(other, energy, "Zon"))))
                .isInstanceOf(PortalException.class).hasMessage("insight.cluster.not-allowed");
        insight.clusterInto(withId(new InsightCluster(session, energy, "Zon")));

        assertThat(insight.getStatus()).isEqualTo(InsightStatus.CLUSTERED);
        insight.markConverted();
        assertThatThrownBy(insight::park).isInstanceOf(PortalException.class).hasMessage("insight.already-converted");
        assertThatThrownBy(insight::markConverted).as("an insight becomes one idea")
                .isInstanceOf(PortalException.class).hasMessage("insight.convert.not-allowed");
    }

    @Test
    void aParkedInsightIsNeitherClusteredNorConverted() {
        Insight insight = withId(new Insight(session, energy, "Later bekijken", petra, NOW));
        insight.park();

        assertThatThrownBy(() -> insight.clusterInto(withId(new InsightCluster(session, energy, "Zon"))))
                .isInstanceOf(PortalException.class).hasMessage("insight.cluster.not-allowed");
        assertThatThrownBy(insight::markConverted)
                .isInstanceOf(PortalException.class).hasMessage("insight.convert.not-allowed");
        assertThat(insight.getStatus()).isEqualTo(InsightStatus.PARKED);
    }

    @Test
    void aDotVoteOpensOnlyWhileTheSessionRunsWithOneToTenDotsForRegisteredParticipants() {
        session.moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
        assertThatThrownBy(() -> session.openVoting(3))
                .isInstanceOf(PortalException.class).hasMessage("voting.not-running");
        session.register(petra, NOW);
        session.moveTo(SessionStatus.RUNNING);

        assertThatThrownBy(() -> session.openVoting(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.openVoting(Session.MAX_DOTS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        session.openVoting(5);

        assertThat(session.isVotingOpen()).isTrue();
        assertThat(session.getDotsPerParticipant()).isEqualTo(5);
        assertThat(session.isParticipant(petra)).isTrue();
        assertThat(session.isParticipant(partner("kees", organisation("Andere")))).isFalse();
        session.closeVoting();
        assertThat(session.isVotingOpen()).isFalse();
    }

    @Test
    void parkedOrConvertedInsightsGetNoDots() {
        session.moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
        session.moveTo(SessionStatus.RUNNING);
        Insight open = new Insight(session, energy, "Open inzicht", petra, NOW);
        Insight parked = new Insight(session, energy, "Geparkeerd inzicht", petra, NOW);
        parked.park();

        assertThat(new InsightVote(open, petra, NOW).getInsight()).isSameAs(open);
        assertThatThrownBy(() -> new InsightVote(parked, petra, NOW))
                .isInstanceOf(PortalException.class).hasMessage("voting.insight-closed");
    }
}
