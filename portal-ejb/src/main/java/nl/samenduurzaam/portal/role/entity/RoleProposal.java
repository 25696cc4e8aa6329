package nl.samenduurzaam.portal.role.entity;

import java.util.Set;

/** What a role holder proposes, with the roles already looked up in the catalogue. */
public record RoleProposal(MunicipalRole primaryRole, Set<MunicipalRole> secondaryRoles, String department,
                           String commitment, String rationale, String conflictJustification) {

    public RoleProposal {
        secondaryRoles = secondaryRoles == null ? Set.of() : Set.copyOf(secondaryRoles);
    }
}
