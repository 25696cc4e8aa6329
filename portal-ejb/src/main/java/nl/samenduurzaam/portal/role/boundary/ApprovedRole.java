package nl.samenduurzaam.portal.role.boundary;

import nl.samenduurzaam.portal.role.entity.RoleAssignment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The municipality's role in an idea once management approved it, as everyone who reads the idea sees it: the roles
 * (the primary one first, each with its NSOB perspective), the department that fills them and what the municipality
 * commits. The proposal's rationale, conflicts and the people involved stay with the municipality.
 */
public record ApprovedRole(List<RoleView> roles, String department, String commitment) implements Serializable {

    static ApprovedRole of(RoleAssignment assignment) {
        List<RoleView> roles = new ArrayList<>();
        roles.add(RoleView.of(assignment.getPrimaryRole()));
        assignment.getSecondaryRoles().stream().map(RoleView::of).forEach(roles::add);
        return new ApprovedRole(List.copyOf(roles), assignment.getDepartment(), assignment.getCommitment());
    }
}
