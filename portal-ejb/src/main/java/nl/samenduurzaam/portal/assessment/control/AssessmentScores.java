package nl.samenduurzaam.portal.assessment.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.assessment.entity.Assessment;
import nl.samenduurzaam.portal.idea.control.IdeaLookup;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The score an idea's assessments add up to, for the process's selection step (no caller check: a process step). */
@Stateless
public class AssessmentScores {

    @Inject
    private IdeaLookup ideas;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The mean of the assessors' weighted scores, when there are assessments. */
    public Optional<BigDecimal> weightedScore(String ideaNumber) {
        long ideaId = ideas.load(ideaNumber).getId();
        return Assessment.averageWeightedScore(em.createNamedQuery(Assessment.BY_IDEA, Assessment.class)
                .setParameter("ideaId", ideaId).getResultList());
    }

    /** Those of the ideas that this screener has assessed (a screener assesses an idea once), in one query. */
    public Set<String> assessedBy(String username, Collection<String> ideaNumbers) {
        if (ideaNumbers.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select a.idea.number from Assessment a"
                        + " where a.assessor.username = :username and a.idea.number in :numbers", String.class)
                .setParameter("username", username).setParameter("numbers", ideaNumbers).getResultList());
    }
}
