package nl.samenduurzaam.portal.role.boundary;

import nl.samenduurzaam.portal.role.entity.RoleAssignment;
import nl.samenduurzaam.portal.role.entity.RoleAssignmentStatus;
import nl.samenduurzaam.portal.role.entity.RoleConflict;

import java.io.Serializable;
import java.util.List;

public record RoleAssignmentView(String ideaNumber, RoleView primaryRole, List<RoleView> secondaryRoles,
                                 String department, String commitment, String rationale,
                                 String conflictJustification, List<RoleConflict> conflicts,
                                 RoleAssignmentStatus status, String proposedBy, String decidedBy,
                                 String decisionNote, long version) implements Serializable {

    static RoleAssignmentView of(RoleAssignment assignment) {
        return new RoleAssignmentView(assignment.getIdea().getNumber(), RoleView.of(assignment.getPrimaryRole()),
                assignment.getSecondaryRoles().stream().map(RoleView::of).toList(), assignment.getDepartment(),
                assignment.getCommitment(), assignment.getRationale(), assignment.getConflictJustification(),
                assignment.conflicts(), assignment.getStatus(), assignment.getProposedBy(),
                assignment.getDecidedBy(), assignment.getDecisionNote(), assignment.getVersion());
    }
}
