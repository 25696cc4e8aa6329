package nl.samenduurzaam.portal.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One criterion's score (1 to 5) in an assessment, with the criterion's weight at the time of scoring: changing a
 * weight later does not change assessments already made.
 */
@Embeddable
public class Score {

    public static final int MIN = 1;
    public static final int MAX = 5;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    private AssessmentCriterion criterion;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private int weight;

    protected Score() {
    }

    Score(AssessmentCriterion criterion, int score) {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("A score lies between " + MIN + " and " + MAX);
        }
        this.criterion = criterion;
        this.score = score;
        this.weight = criterion.getWeight();
    }

    public AssessmentCriterion getCriterion() {
        return criterion;
    }

    public int getScore() {
        return score;
    }

    public int getWeight() {
        return weight;
    }
}
