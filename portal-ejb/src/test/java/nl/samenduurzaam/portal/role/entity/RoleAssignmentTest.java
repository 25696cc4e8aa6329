package nl.samenduurzaam.portal.role.entity;

import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.entity.Idea;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static nl.samenduurzaam.portal.testing.TestEntities.organisation;
import static nl.samenduurzaam.portal.testing.TestEntities.partner;
import static nl.samenduurzaam.portal.testing.TestEntities.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleAssignmentTest {

    private static final Instant NOW = Instant.parse("2026-07-01T10:00:00Z");

    private final MunicipalRole funder = new MunicipalRole(6, "FUNDER", "Financier", "Funder",
            NsobPerspective.PERFORMING);
    private final MunicipalRole regulator = new MunicipalRole(9, "REGULATOR", "Toezichthouder", "Regulator",
            NsobPerspective.LAWFUL);
    private final MunicipalRole connector = new MunicipalRole(3, "CONNECTOR", "Verbinder", "Connector",
            NsobPerspective.NETWORKING);
    private final Idea idea = Idea.submit("SD-2026-0001", "Zon", "Panelen", theme("ENERGY_TRANSITION"),
            partner("petra", organisation("Coöperatie")), NOW);

    RoleAssignmentTest() {
        funder.conflictWith(regulator);
    }

    @Test
    void conflictingRolesAreDetectedBothWays() {
        assertThat(funder.conflictsWith(regulator)).isTrue();
        assertThat(regulator.conflictsWith(funder)).isTrue();
        assertThat(funder.conflictsWith(connector)).isFalse();
        assertThat(RoleAssignment.conflictsAmong(List.of(connector, regulator, funder)))
                .containsExactly(new RoleConflict("REGULATOR", "FUNDER"));
    }

    @Test
    void aConflictingCombinationNeedsAJustification() {
        RoleProposal unjustified = proposal(funder, Set.of(regulator), null);

        assertThatThrownBy(() -> new RoleAssignment(idea, unjustified, "rik", NOW))
                .isInstanceOf(PortalException.class).hasMessage("role.conflict.justification-required");

        RoleAssignment justified = new RoleAssignment(idea, proposal(funder, Set.of(regulator),
                "Subsidie en vergunning bij verschillende afdelingen, gescheiden dossiers"), "rik", NOW);
        assertThat(justified.conflicts()).containsExactly(new RoleConflict("FUNDER", "REGULATOR"));
        assertThat(justified.getStatus()).isEqualTo(RoleAssignmentStatus.PROPOSED);
    }

    @Test
    void theProposerNeverApprovesTheirOwnProposal() {
        RoleAssignment assignment = new RoleAssignment(idea, proposal(connector, Set.of(), null), "rik", NOW);

        assertThatThrownBy(() -> assignment.approve("RIK", NOW)).isInstanceOf(FourEyesViolationException.class);
        assertThat(assignment.getStatus()).isEqualTo(RoleAssignmentStatus.PROPOSED);

        assignment.approve("marieke", NOW);
        assertThat(assignment.getStatus()).isEqualTo(RoleAssignmentStatus.APPROVED);
        assertThat(assignment.getDecidedBy()).isEqualTo("marieke");
    }

    @Test
    void aSentBackProposalCanBeProposedAgainButAnApprovedOneNot() {
        RoleAssignment assignment = new RoleAssignment(idea, proposal(connector, Set.of(), null), "rik", NOW);
        assertThatThrownBy(() -> assignment.sendBack("marieke", " ", NOW))
                .isInstanceOf(IllegalArgumentException.class);

        assignment.sendBack("marieke", "Maak de inzet concreet", NOW);
        assertThat(assignment.getStatus()).isEqualTo(RoleAssignmentStatus.SENT_BACK);
        assertThatThrownBy(() -> assignment.approve("marieke", NOW)).isInstanceOf(PortalException.class);

        assignment.propose(proposal(funder, Set.of(connector), null), "rik", NOW);
        assignment.approve("marieke", NOW);
        assertThatThrownBy(() -> assignment.propose(proposal(connector, Set.of(), null), "rik", NOW))
                .isInstanceOf(PortalException.class).hasMessage("role.already-approved");
    }

    @Test
    void thePrimaryRoleIsNotAlsoSecondary() {
        assertThatThrownBy(() -> new RoleAssignment(idea, proposal(funder, Set.of(funder), null), "rik", NOW))
                .isInstanceOf(PortalException.class).hasMessage("role.primary.also-secondary");
    }

    private static RoleProposal proposal(MunicipalRole primary, Set<MunicipalRole> secondary, String justification) {
        return new RoleProposal(primary, secondary, "Economie", "Cofinanciering 25.000 euro", "Past bij de opgave",
                justification);
    }
}
