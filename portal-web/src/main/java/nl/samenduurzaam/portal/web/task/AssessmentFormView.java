package nl.samenduurzaam.portal.web.task;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.assessment.boundary.AssessmentForm;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.assessment.boundary.CriterionView;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.omnifaces.cdi.ViewScoped;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The assessment form (assessIdea): a score from 1 to 5 per criterion, with its weight shown, and a comment. */
@Named
@ViewScoped
public class AssessmentFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> SCORES = List.of(1, 2, 3, 4, 5);

    @Inject
    private Tasks tasks;

    @Inject
    private Assessments assessments;

    @Inject
    private TaskPageView page;

    private List<CriterionView> criteria;
    private final Map<String, Integer> scores = new LinkedHashMap<>();
    private String comment;

    @PostConstruct
    void load() {
        criteria = assessments.criteria();
        criteria.forEach(criterion -> scores.put(criterion.code(), null));
    }

    public void complete() {
        tasks.completeAssessment(page.getTask().taskId(), new AssessmentForm(scores, comment));
        page.done("task.assessment.done");
    }

    public List<CriterionView> getCriteria() {
        return criteria;
    }

    public List<Integer> getScoreOptions() {
        return SCORES;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
