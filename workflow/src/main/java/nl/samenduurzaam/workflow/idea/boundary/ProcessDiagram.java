package nl.samenduurzaam.workflow.idea.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * An idea's process drawn on its model: the model version the process runs on, the steps open now and the steps it
 * passed (activity ids of the model), for the diagram of the idea page.
 */
public record ProcessDiagram(String definitionId, List<String> currentSteps, List<String> passedSteps)
        implements Serializable {

    public ProcessDiagram {
        currentSteps = List.copyOf(currentSteps);
        passedSteps = List.copyOf(passedSteps);
    }
}
