package nl.samenduurzaam.portal.elaboration.entity;

import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static nl.samenduurzaam.portal.testing.TestEntities.organisation;
import static nl.samenduurzaam.portal.testing.TestEntities.partner;
import static nl.samenduurzaam.portal.testing.TestEntities.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElaborationTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    private final Organisation owner = organisation("Coöperatie");
    private final Idea idea = Idea.submit("SD-2026-0001", "Zon", "Panelen", theme("ENERGY_TRANSITION"),
            partner("petra", owner), NOW);
    private final Elaboration elaboration = new Elaboration(idea, owner);

    @Test
    void aPlanGoesToReviewOnlyWithGoalApproachAndAMilestone() {
        assertThatThrownBy(elaboration::submitForReview).isInstanceOf(PortalException.class)
                .hasMessage("elaboration.incomplete");

        elaboration.plan("Tien scholen met zonnepanelen", "Inkoop samen met installateurs", "Scholen",
                new BigDecimal("125000.00"), "Cofinanciering");
        elaboration.addMilestone("Eerste vijf scholen", LocalDate.of(2026, 12, 1));
        elaboration.submitForReview();

        assertThat(elaboration.getStatus()).isEqualTo(ElaborationStatus.SUBMITTED);
        assertThatThrownBy(() -> elaboration.plan("x", "y", null, null, null))
                .isInstanceOf(PortalException.class).hasMessage("elaboration.not-editable");
    }

    @Test
    void progressOnMilestonesMakesTheOverallProgress() {
        elaboration.plan("Doel", "Aanpak", null, null, null);
        Milestone first = elaboration.addMilestone("Eerste vijf scholen", LocalDate.of(2026, 12, 1));
        elaboration.addMilestone("Alle scholen", LocalDate.of(2027, 6, 1));
        elaboration.submitForReview();
        assertThatThrownBy(() -> elaboration.reportProgress(10, "te vroeg", null, "petra", NOW))
                .isInstanceOf(PortalException.class);
        elaboration.approve();

        ProgressUpdate update = elaboration.reportProgress(100, "Eerste vijf scholen klaar", first, "petra", NOW);

        assertThat(first.getCompletedAt()).isEqualTo(NOW);
        assertThat(elaboration.currentProgress()).isEqualTo(50);
        // what was entered stays with the report, beside the whole's figure that followed from it
        assertThat(update.getMilestoneTitle()).isEqualTo("Eerste vijf scholen");
        assertThat(update.getMilestonePercentage()).isEqualTo(100);
        assertThat(update.getPercentage()).isEqualTo(50);
        assertThat(first.isOverdue(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(elaboration.getMilestones().get(1).isOverdue(LocalDate.of(2027, 7, 1))).isTrue();
    }

    @Test
    void percentagesAndBudgetsStayWithinBounds() {
        assertThatThrownBy(() -> elaboration.plan("Doel", "Aanpak", null, new BigDecimal("-1"), null))
                .isInstanceOf(IllegalArgumentException.class);
        elaboration.plan("Doel", "Aanpak", null, null, null);
        elaboration.addMilestone("Klaar", LocalDate.of(2026, 12, 1));
        elaboration.submitForReview();
        elaboration.approve();
        assertThatThrownBy(() -> elaboration.reportProgress(101, "te veel", null, "petra", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
