package nl.samenduurzaam.workflow.idea.boundary;

import nl.samenduurzaam.portal.idea.boundary.IdeaDetail;

import java.util.List;

/** The idea page in one answer: the idea, its open steps (earliest due first) and its diagram (null without one). */
public record IdeaPage(IdeaDetail detail, List<CurrentStep> currentSteps, ProcessDiagram diagram) {
}
