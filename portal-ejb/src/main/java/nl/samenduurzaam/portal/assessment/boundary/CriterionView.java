package nl.samenduurzaam.portal.assessment.boundary;

import nl.samenduurzaam.portal.assessment.entity.AssessmentCriterion;

public record CriterionView(String code, String nameNl, String nameEn, int weight) {

    static CriterionView of(AssessmentCriterion criterion) {
        return new CriterionView(criterion.getCode(), criterion.getName().nameNl(), criterion.getName().nameEn(),
                criterion.getWeight());
    }
}
