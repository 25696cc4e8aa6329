package nl.samenduurzaam.portal.assessment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.entity.Idea;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One assessor's scores of an idea on every active criterion, and the weighted score that follows from them. */
@Entity
@Table(name = "assessment")
@NamedQuery(name = Assessment.BY_IDEA, query = "select a from Assessment a where a.idea.id = :ideaId order by a.id")
@NamedQuery(name = Assessment.BY_IDEA_NUMBERS,
        query = "select a from Assessment a where a.idea.number in :numbers order by a.id")
public class Assessment {

    public static final String BY_IDEA = "Assessment.byIdea";
    public static final String BY_IDEA_NUMBERS = "Assessment.byIdeaNumbers";
    private static final int SCALE = 2;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "idea_id")
    private Idea idea;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessor_id")
    private Account assessor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<Score> scores = new ArrayList<>();

    @Column(name = "comment_text", length = 4000)
    private String comment;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Version
    private long version;

    protected Assessment() {
    }

    /** Scores every given criterion; each active criterion must have exactly one score. */
    public Assessment(Idea idea, Account assessor, Collection<AssessmentCriterion> activeCriteria,
                      Map<String, Integer> scoresByCriterionCode, String comment, Instant submittedAt) {
        this.idea = Objects.requireNonNull(idea);
        this.assessor = Objects.requireNonNull(assessor);
        for (AssessmentCriterion criterion : activeCriteria) {
            Integer score = scoresByCriterionCode.get(criterion.getCode());
            if (score == null) {
                throw new PortalException("assessment.scores.incomplete");
            }
            scores.add(new Score(criterion, score));
        }
        if (scoresByCriterionCode.size() != activeCriteria.size()) {
            throw new PortalException("assessment.scores.incomplete");
        }
        this.comment = comment;
        this.submittedAt = Objects.requireNonNull(submittedAt);
    }

    /** Sum of score x weight over the sum of the weights, on the 1-5 scale; empty when all weights are zero. */
    public Optional<BigDecimal> weightedScore() {
        long weights = scores.stream().mapToLong(Score::getWeight).sum();
        if (weights == 0) {
            return Optional.empty();
        }
        long weighted = scores.stream().mapToLong(s -> (long) s.getScore() * s.getWeight()).sum();
        return Optional.of(BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), SCALE,
                RoundingMode.HALF_UP));
    }

    /** The idea's score: the mean of its assessors' weighted scores. */
    public static Optional<BigDecimal> averageWeightedScore(Collection<Assessment> assessments) {
        List<BigDecimal> weighted = assessments.stream().map(Assessment::weightedScore)
                .flatMap(Optional::stream).toList();
        if (weighted.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = weighted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(weighted.size()), SCALE, RoundingMode.HALF_UP));
    }

    public Long getId() {
        return id;
    }

    public Idea getIdea() {
        return idea;
    }

    public Account getAssessor() {
        return assessor;
    }

    public List<Score> getScores() {
        return Collections.unmodifiableList(scores);
    }

    public String getComment() {
        return comment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
