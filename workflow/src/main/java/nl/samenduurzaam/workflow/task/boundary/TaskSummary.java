package nl.samenduurzaam.workflow.task.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A row of the task list: the task and the idea it is about. {@code excludedBecause} is the message key saying why
 * the caller may not do this task although their group may (they assessed the idea already, they proposed the role
 * to approve); null when they may.
 */
public record TaskSummary(String taskId, String taskKey, String ideaNumber, String ideaTitle, String themeNameNl,
                          String themeNameEn, Instant created, Instant due, Instant followUp, String assignee,
                          String excludedBecause) implements Serializable {
}
