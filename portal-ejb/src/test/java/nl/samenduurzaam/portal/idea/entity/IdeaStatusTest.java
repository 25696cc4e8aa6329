package nl.samenduurzaam.portal.idea.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdeaStatusTest {

    @Test
    void screeningLeadsToShortlistOrNotPursued() {
        assertThat(IdeaStatus.SUBMITTED.canMoveTo(IdeaStatus.SHORTLISTED)).isTrue();
        assertThat(IdeaStatus.SUBMITTED.canMoveTo(IdeaStatus.NOT_PURSUED)).isTrue();
        assertThat(IdeaStatus.SUBMITTED.canMoveTo(IdeaStatus.SELECTED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = IdeaStatus.class, names = {"COMPLETED", "NOT_PURSUED", "MERGED", "WITHDRAWN", "STOPPED"})
    void finalStatusesAllowNoFurtherStep(IdeaStatus finalStatus) {
        for (IdeaStatus next : IdeaStatus.values()) {
            assertThat(finalStatus.canMoveTo(next)).as("%s -> %s", finalStatus, next).isFalse();
        }
    }

    @Test
    void anOpenIdeaCanBeWithdrawnOrParked() {
        assertThat(IdeaStatus.IN_ELABORATION.canMoveTo(IdeaStatus.WITHDRAWN)).isTrue();
        assertThat(IdeaStatus.SHORTLISTED.canMoveTo(IdeaStatus.PARKED)).isTrue();
    }

    @Test
    void noStatusLeadsBackToSubmitted() {
        for (IdeaStatus from : IdeaStatus.values()) {
            assertThat(from.canMoveTo(IdeaStatus.SUBMITTED)).isFalse();
        }
    }
}
