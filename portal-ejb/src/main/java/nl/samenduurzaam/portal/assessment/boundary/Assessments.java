package nl.samenduurzaam.portal.assessment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.assessment.entity.Assessment;
import nl.samenduurzaam.portal.assessment.entity.AssessmentCriterion;
import nl.samenduurzaam.portal.assessment.entity.Score;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.boundary.IdeaNumberFormat;
import nl.samenduurzaam.portal.idea.control.IdeaLookup;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Criteria scores of ideas by the screeners, and the criteria and weights the administrator sets. */
@Stateless
public class Assessments {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private IdeaLookup ideas;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed({PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
    public List<CriterionView> criteria() {
        return activeCriteria().stream().map(CriterionView::of).toList();
    }

    /** One screener's assessment of an idea; a screener assesses an idea once. */
    @RolesAllowed(PortalRoles.SCREENER)
    public AssessmentOverview submit(@IdeaNumberFormat String ideaNumber,
                                     @NotNull @Valid AssessmentForm form) {
        Idea idea = idea(ideaNumber);
        boolean alreadyAssessed = em.createNamedQuery(Assessment.BY_IDEA, Assessment.class)
                .setParameter("ideaId", idea.getId()).getResultStream()
                .anyMatch(a -> a.getAssessor().getUsername().equals(caller.username()));
        if (alreadyAssessed) {
            throw new PortalException("assessment.already-assessed");
        }
        em.persist(new Assessment(idea, callerAccount.get(), activeCriteria(), form.scores(),
                form.comment() == null || form.comment().isBlank() ? null : form.comment().strip(),
                clock.instant()));
        idea.recordMunicipalStep(IdeaEventType.ASSESSED, caller.username(), clock.instant());
        em.flush();
        audit.done(caller.username(), "assessment.submit", "idea", ideaNumber, null);
        return overview(ideaNumber);
    }

    @RolesAllowed({PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER, PortalRoles.MANAGEMENT})
    public AssessmentOverview overview(@IdeaNumberFormat String ideaNumber) {
        Idea idea = idea(ideaNumber);
        List<Assessment> assessments = em.createNamedQuery(Assessment.BY_IDEA, Assessment.class)
                .setParameter("ideaId", idea.getId()).getResultList();
        List<AssessmentOverview.AssessorScores> rows = assessments.stream().map(a -> {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (Score score : a.getScores()) {
                scores.put(score.getCriterion().getCode(), score.getScore());
            }
            return new AssessmentOverview.AssessorScores(a.getAssessor().getDisplayName(), scores,
                    a.weightedScore().orElse(null), a.getComment(), a.getSubmittedAt());
        }).toList();
        return new AssessmentOverview(ideaNumber, rows, Assessment.averageWeightedScore(assessments).orElse(null));
    }

    /**
     * The weighted scores of several ideas in one query (the mean of their assessors' weighted scores), for a list
     * such as a session's shortlist; an idea without a score is not in the map.
     */
    @RolesAllowed({PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER, PortalRoles.MANAGEMENT})
    public Map<String, BigDecimal> weightedScores(@NotNull @Size(max = Page.MAX_SIZE) Collection<String> ideaNumbers) {
        if (ideaNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Assessment>> byIdea = em.createNamedQuery(Assessment.BY_IDEA_NUMBERS, Assessment.class)
                .setParameter("numbers", Set.copyOf(ideaNumbers)).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getIdea().getNumber()));
        Map<String, BigDecimal> scores = new HashMap<>();
        byIdea.forEach((number, assessments) -> Assessment.averageWeightedScore(assessments)
                .ifPresent(score -> scores.put(number, score)));
        return scores;
    }

    @RolesAllowed(PortalRoles.ADMIN)
    public void changeWeight(@NotBlank @Size(max = 40) String criterionCode, @Min(0) @Max(100) int weight) {
        AssessmentCriterion criterion = activeCriteria().stream().filter(c -> c.getCode().equals(criterionCode))
                .findFirst().orElseThrow(() -> new NotFoundException("assessment.criterion.not-found"));
        criterion.changeWeight(weight);
        audit.done(caller.username(), "assessment.weight", "criterion", criterionCode, Integer.toString(weight));
    }

    private List<AssessmentCriterion> activeCriteria() {
        return em.createNamedQuery(AssessmentCriterion.ACTIVE, AssessmentCriterion.class).getResultList();
    }

    private Idea idea(String number) {
        return ideas.load(number);
    }
}
