package nl.samenduurzaam.portal.assessment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** All assessments of an idea and the idea's weighted score (the mean of the assessors' weighted scores). */
public record AssessmentOverview(String ideaNumber, List<AssessorScores> assessments, BigDecimal weightedScore)
        implements Serializable {

    public record AssessorScores(String assessor, Map<String, Integer> scores, BigDecimal weightedScore,
                                 String comment, Instant submittedAt) implements Serializable {
    }
}
