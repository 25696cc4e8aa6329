package nl.samenduurzaam.portal.assessment.entity;

import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static nl.samenduurzaam.portal.testing.TestEntities.organisation;
import static nl.samenduurzaam.portal.testing.TestEntities.partner;
import static nl.samenduurzaam.portal.testing.TestEntities.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentTest {

    private static final Instant NOW = Instant.parse("2026-06-10T10:00:00Z");

    private final AssessmentCriterion impact = new AssessmentCriterion(1, "IMPACT", "Impact", "Impact", 30, 1);
    private final AssessmentCriterion feasibility =
            new AssessmentCriterion(2, "FEASIBILITY", "Haalbaarheid", "Feasibility", 20, 2);
    private final AssessmentCriterion innovation =
            new AssessmentCriterion(3, "INNOVATIVENESS", "Innovativiteit", "Innovativeness", 50, 3);
    private final List<AssessmentCriterion> criteria = List.of(impact, feasibility, innovation);

    private final Organisation municipality = organisation("Gemeente");
    private final Account sanne = partner("sanne", municipality);
    private final Account rik = partner("rik", municipality);
    private final Idea idea = Idea.submit("SD-2026-0001", "Zon", "Panelen", theme("ENERGY_TRANSITION"), sanne, NOW);

    @Test
    void weightedScoreWeighsEachCriterion() {
        Assessment assessment = new Assessment(idea, sanne, criteria,
                Map.of("IMPACT", 5, "FEASIBILITY", 2, "INNOVATIVENESS", 3), null, NOW);

        // (5*30 + 2*20 + 3*50) / 100 = 3.40
        assertThat(assessment.weightedScore()).contains(new BigDecimal("3.40"));
    }

    @Test
    void ideaScoreIsTheMeanOfTheAssessorsWeightedScores() {
        Assessment first = new Assessment(idea, sanne, criteria,
                Map.of("IMPACT", 5, "FEASIBILITY", 2, "INNOVATIVENESS", 3), null, NOW);
        Assessment second = new Assessment(idea, rik, criteria,
                Map.of("IMPACT", 4, "FEASIBILITY", 4, "INNOVATIVENESS", 4), "Sterk idee", NOW);

        assertThat(Assessment.averageWeightedScore(List.of(first, second))).contains(new BigDecimal("3.70"));
        assertThat(Assessment.averageWeightedScore(List.of())).isEmpty();
    }

    @Test
    void laterWeightChangesLeaveMadeAssessmentsAlone() {
        Assessment assessment = new Assessment(idea, sanne, criteria,
                Map.of("IMPACT", 5, "FEASIBILITY", 2, "INNOVATIVENESS", 3), null, NOW);

        impact.changeWeight(100);

        assertThat(assessment.weightedScore()).contains(new BigDecimal("3.40"));
    }

    @Test
    void everyCriterionNeedsOneScoreOnTheScale() {
        assertThatThrownBy(() -> new Assessment(idea, sanne, criteria, Map.of("IMPACT", 5, "FEASIBILITY", 2),
                null, NOW)).isInstanceOf(PortalException.class).hasMessage("assessment.scores.incomplete");
        assertThatThrownBy(() -> new Assessment(idea, sanne, criteria,
                Map.of("IMPACT", 6, "FEASIBILITY", 2, "INNOVATIVENESS", 3), null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Assessment(idea, sanne, criteria,
                Map.of("IMPACT", 5, "FEASIBILITY", 2, "INNOVATIVENESS", 3, "OTHER", 1), null, NOW))
                .isInstanceOf(PortalException.class).hasMessage("assessment.scores.incomplete");
    }

    @Test
    void allWeightsZeroGivesNoScore() {
        List<AssessmentCriterion> weightless = List.of(new AssessmentCriterion(9, "X", "X", "X", 0, 1));

        assertThat(new Assessment(idea, sanne, weightless, Map.of("X", 4), null, NOW).weightedScore()).isEmpty();
    }
}
