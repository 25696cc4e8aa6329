package nl.samenduurzaam.portal.elaboration.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.MultiLineText;

import java.io.Serializable;
import java.math.BigDecimal;

/** The owner's plan texts, with the version they were read at. */
public record ElaborationPlan(
        @Size(max = 4000, message = "{elaboration.goal.too-long}")
        @MultiLineText
        String goal,
        @Size(max = 10000, message = "{elaboration.approach.too-long}")
        @MultiLineText
        String approach,
        @Size(max = 4000, message = "{elaboration.partners.too-long}")
        @MultiLineText
        String partnersInvolved,
        @DecimalMin(value = "0", message = "{elaboration.budget.range}")
        @DecimalMax(value = "999999999999.99", message = "{elaboration.budget.range}")
        BigDecimal budgetNeed,
        @Size(max = 4000, message = "{elaboration.ask.too-long}")
        @MultiLineText
        String askOfMunicipality,
        long version) implements Serializable {
}
