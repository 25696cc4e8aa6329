package nl.samenduurzaam.workflow.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Closes the idea as "not pursued" with the screener's reason; a retried job does not write twice. */
@Named
@ApplicationScoped
public class RecordNotPursuedDelegate implements JavaDelegate {

    @Inject
    private Ideas ideas;

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        IdeaSummary idea = ideas.findByNumber(number);
        if (!idea.status().isFinal()) {
            ideas.notPursue(number, (String) execution.getVariable(IdeaLifecycle.NOT_PURSUED_REASON));
        }
    }
}
