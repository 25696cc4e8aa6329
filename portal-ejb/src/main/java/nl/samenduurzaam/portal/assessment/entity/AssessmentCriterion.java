package nl.samenduurzaam.portal.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.common.CodedName;
import nl.samenduurzaam.portal.common.ReferenceItem;

/** A criterion ideas are scored on; its weight is set by the functional administrator. */
@Entity
@Table(name = "assessment_criterion")
@NamedQuery(name = AssessmentCriterion.ACTIVE,
        query = "select c from AssessmentCriterion c where c.active = true order by c.position")
public class AssessmentCriterion extends ReferenceItem {

    public static final String ACTIVE = "AssessmentCriterion.active";

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected AssessmentCriterion() {
    }

    public AssessmentCriterion(long id, String code, String nameNl, String nameEn, int weight, int position) {
        super(id, new CodedName(code, nameNl, nameEn), position);
        this.active = true;
        changeWeight(weight);
    }

    public void changeWeight(int newWeight) {
        if (newWeight < 0 || newWeight > 100) {
            throw new IllegalArgumentException("A weight lies between 0 and 100");
        }
        this.weight = newWeight;
    }

    public int getWeight() {
        return weight;
    }

    public boolean isActive() {
        return active;
    }
}
