package nl.samenduurzaam.workflow.idea.boundary;

import nl.samenduurzaam.portal.elaboration.boundary.ElaborationView;
import nl.samenduurzaam.portal.idea.boundary.IdeaDetail;
import nl.samenduurzaam.portal.role.boundary.ApprovedRole;

import java.io.Serializable;
import java.util.List;

/**
 * The idea page in one answer: the idea, its open steps (earliest due first), its diagram (null without one), the
 * municipality's approved role (null until management approved one) and the owner's plan (null without one, or when
 * the caller may not read it).
 */
public record IdeaPage(IdeaDetail detail, List<CurrentStep> currentSteps, ProcessDiagram diagram,
                       ApprovedRole approvedRole, ElaborationView plan) implements Serializable {
}
