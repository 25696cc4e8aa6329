package nl.samenduurzaam.portal.assessment.boundary;

import java.io.Serializable;

import nl.samenduurzaam.portal.assessment.entity.AssessmentCriterion;

public record CriterionView(String code, String nameNl, String nameEn, int weight) implements Serializable {

    static CriterionView of(AssessmentCriterion criterion) {
        return new CriterionView(criterion.getCode(), criterion.getName().nameNl(), criterion.getName().nameEn(),
                criterion.getWeight());
    }
}
