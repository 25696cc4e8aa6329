package nl.samenduurzaam.workflow.taskpage.boundary;

import java.io.Serializable;

import nl.samenduurzaam.portal.assessment.boundary.AssessmentOverview;
import nl.samenduurzaam.portal.elaboration.boundary.ElaborationView;
import nl.samenduurzaam.portal.role.boundary.RoleAssignmentView;
import nl.samenduurzaam.workflow.idea.boundary.IdeaPage;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;

/**
 * Everything a civil servant's task page shows, from one moment: the task, its idea's page, and what the task decides
 * on. Of the last three at most one is set: the assessments for a selection decision, the role proposal for its
 * approval, the elaboration for its review or the confirmation of completion; a task that decides on the idea itself
 * has none of them. {@code idea} is null for a task outside an idea's process.
 */
public record TaskPage(TaskSummary task, IdeaPage idea, AssessmentOverview assessments,
                       RoleAssignmentView roleProposal, ElaborationView elaboration) implements Serializable {
}
