package nl.samenduurzaam.portal.role.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;
import nl.samenduurzaam.portal.common.SingleLineText;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A role holder's proposal for the municipality's role in an idea, by role codes from the catalogue. */
public record RoleProposalForm(
        @NotBlank(message = "{role.primary.required}") @Size(max = 40) String primaryRole,
        @Size(max = 8) Set<@NotBlank @Size(max = 40) String> secondaryRoles,
        @NotBlank(message = "{role.department.required}")
        @Size(max = 200, message = "{role.department.too-long}")
        @SingleLineText
        String department,
        @NotBlank(message = "{role.commitment.required}")
        @Size(max = 4000, message = "{role.commitment.too-long}")
        @MultiLineText
        String commitment,
        @NotBlank(message = "{role.rationale.required}")
        @Size(max = 4000, message = "{role.rationale.too-long}")
        @MultiLineText
        String rationale,
        @Size(max = 4000, message = "{role.justification.too-long}")
        @MultiLineText
        String conflictJustification) implements Serializable {

    public RoleProposalForm {
        // a copy that keeps null elements, so that validation (not the constructor) reports them
        secondaryRoles = secondaryRoles == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(secondaryRoles));
    }
}
