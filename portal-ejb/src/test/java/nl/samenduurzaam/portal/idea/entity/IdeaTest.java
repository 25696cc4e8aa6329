package nl.samenduurzaam.portal.idea.entity;

import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.insight.entity.Insight;
import nl.samenduurzaam.portal.insight.entity.InsightStatus;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.theme.entity.Theme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static nl.samenduurzaam.portal.testing.TestEntities.organisation;
import static nl.samenduurzaam.portal.testing.TestEntities.partner;
import static nl.samenduurzaam.portal.testing.TestEntities.theme;
import static nl.samenduurzaam.portal.testing.TestEntities.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdeaTest {

    private static final Instant NOW = Instant.parse("2026-05-29T10:00:00Z");

    private final Theme energy = theme("ENERGY_TRANSITION");
    private final Organisation cooperative = organisation("Coöperatie");
    private final Organisation installer = organisation("Installateur");
    private final Account petra = partner("petra", cooperative);
    private final Account bas = partner("bas", installer);

    @Test
    void submittedIdeaIsProposedByTheSubmittersOrganisationAndOnTheTimeline() {
        Idea idea = Idea.submit("SD-2026-0001", "Zon op scholen", "Panelen", energy, petra, NOW);

        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.SUBMITTED);
        assertThat(idea.isProposedBy(cooperative)).isTrue();
        assertThat(idea.isProposedBy(installer)).isFalse();
        assertThat(idea.getTimeline()).extracting(IdeaEvent::getType).containsExactly(IdeaEventType.SUBMITTED);
    }

    @Test
    void notAllowedTransitionThrowsAndChangesNothing() {
        Idea idea = Idea.submit("SD-2026-0001", "Zon op scholen", "Panelen", energy, petra, NOW);
        idea.notPursue("Buiten de opgaven", "sanne", NOW);

        assertThatThrownBy(() -> idea.shortlist("sanne", NOW)).isInstanceOf(IllegalStatusTransitionException.class);
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.NOT_PURSUED);
        assertThat(idea.getTimeline()).hasSize(2);
    }

    @Test
    void notPursuedNeedsAReason() {
        Idea idea = Idea.submit("SD-2026-0001", "Zon op scholen", "Panelen", energy, petra, NOW);

        assertThatThrownBy(() -> idea.notPursue(" ", "sanne", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.SUBMITTED);
    }

    @Test
    void mergeKeepsTheLineageOfBothIdeas() {
        Session session = withId(new Session("Verdiepingssessie", null, null, Set.of(energy)));
        Insight insight = withId(new Insight(session, energy, "Daken zijn ongebruikt", null, NOW));
        Idea target = Idea.submit("SD-2026-0001", "Zon op scholen", "Panelen", energy, petra, NOW);
        Idea source = withId(Idea.fromInsights("SD-2026-0002", "Zon op sporthallen", "Panelen", energy, session,
                List.of(insight), installer, bas, NOW));

        source.mergeInto(target, "sanne", NOW);

        assertThat(source.getStatus()).isEqualTo(IdeaStatus.MERGED);
        assertThat(source.getMergedInto()).contains(target);
        assertThat(source.getStatusReason()).isEqualTo("SD-2026-0001");
        assertThat(target.getOriginInsights()).contains(insight);
        assertThat(target.isProposedBy(installer)).as("the merged idea's proposer co-proposes").isTrue();
        assertThat(target.getTimeline()).extracting(IdeaEvent::getType).contains(IdeaEventType.MERGED_IN);
        assertThat(target.getTimeline()).extracting(IdeaEvent::getNote).contains("SD-2026-0002");
    }

    @Test
    void anIdeaIsNotMergedIntoItselfNorIntoAClosedIdea() {
        Idea idea = Idea.submit("SD-2026-0001", "Zon op scholen", "Panelen", energy, petra, NOW);
        Idea closed = Idea.submit("SD-2026-0003", "Gesloten", "Panelen", energy, petra, NOW);
        closed.notPursue("Dubbel", "sanne", NOW);

        assertThatThrownBy(() -> idea.mergeInto(idea, "sanne", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> idea.mergeInto(closed, "sanne", NOW))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.SUBMITTED);
    }

    @Test
    void ideaFromInsightsKeepsItsOriginAndConvertsTheInsights() {
        Session session = withId(new Session("Verdiepingssessie", null, null, Set.of(energy)));
        Insight first = withId(new Insight(session, energy, "Daken zijn ongebruikt", null, NOW));
        Insight second = withId(new Insight(session, energy, "Scholen willen verduurzamen", null, NOW));

        Idea idea = Idea.fromInsights("SD-2026-0004", "Zon op scholen", "Panelen", energy, session,
                List.of(first, second), cooperative, bas, NOW);

        assertThat(idea.getOriginSession()).contains(session);
        assertThat(idea.getOriginInsights()).containsExactly(first, second);
        assertThat(first.getStatus()).isEqualTo(InsightStatus.CONVERTED);
        assertThat(idea.isProposedBy(cooperative)).isTrue();
    }

    @Test
    void coAuthorsWorkAtAProposingOrganisation() {
        Idea idea = Idea.submit("SD-2026-0001", "Zon op scholen", "Panelen", energy, petra, NOW);

        assertThatThrownBy(() -> idea.addCoAuthor(bas, "petra", NOW)).isInstanceOf(IllegalArgumentException.class);
        idea.addCoProposer(installer);
        idea.addCoAuthor(bas, "petra", NOW);
        assertThat(idea.getCoAuthors()).containsExactly(bas);
    }

    @Test
    void aWorkflowEventRetriedWithTheSameReferenceIsWrittenOnce() {
        Idea idea = Idea.submit("SD-2026-0001", "Zon op scholen", "Panelen", energy, petra, NOW);

        boolean first = idea.recordWorkflowEvent(IdeaEventType.NOTIFIED, "ownership-reminder", "workflow", NOW,
                "p1:a1");
        boolean retried = idea.recordWorkflowEvent(IdeaEventType.NOTIFIED, "ownership-reminder", "workflow", NOW,
                "p1:a1");
        boolean next = idea.recordWorkflowEvent(IdeaEventType.NOTIFIED, "ownership-reminder", "workflow", NOW,
                "p1:a2");

        assertThat(List.of(first, retried, next)).containsExactly(true, false, true);
        assertThat(idea.getTimeline()).extracting(IdeaEvent::getType)
                .containsExactly(IdeaEventType.SUBMITTED, IdeaEventType.NOTIFIED, IdeaEventType.NOTIFIED);
    }

    @Test
    void theMunicipalitysStepsAreOnTheTimelineWithoutChangingTheStatus() {
        Idea idea = Idea.submit("SD-2026-0001", "Zon op scholen", "Panelen", energy, petra, NOW);

        idea.recordMunicipalStep(IdeaEventType.ASSESSED, "beoordelaar", NOW);
        idea.recordMunicipalStep(IdeaEventType.ROLE_APPROVED, "management", NOW);

        assertThat(idea.getTimeline()).extracting(IdeaEvent::getType)
                .containsExactly(IdeaEventType.SUBMITTED, IdeaEventType.ASSESSED, IdeaEventType.ROLE_APPROVED);
        assertThat(idea.getTimeline().get(2).getToStatus()).isEqualTo(IdeaStatus.SUBMITTED);
        assertThat(idea.getTimeline().get(2).getActor()).isEqualTo("management");
        // a status change or an ownership step has its own method, which checks what it changes
        assertThatThrownBy(() -> idea.recordMunicipalStep(IdeaEventType.STATUS_CHANGED, "management", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(IdeaEventType.ROLE_PROPOSED.isInternalDeliberation()).isTrue();
        assertThat(IdeaEventType.ROLE_APPROVED.isInternalDeliberation()).isFalse();
    }
}
