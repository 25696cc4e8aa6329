package nl.samenduurzaam.workflow.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Moves the idea to "shortlisted" in the step's own transaction; a retried job does not write twice. */
@Named
@ApplicationScoped
public class RecordShortlistDelegate implements JavaDelegate {

    @Inject
    private Ideas ideas;

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        IdeaSummary idea = ideas.findByNumber(number);
        if (!idea.status().isFinal() && idea.status() != IdeaStatus.SHORTLISTED) {
            ideas.shortlist(number);
        }
    }
}
