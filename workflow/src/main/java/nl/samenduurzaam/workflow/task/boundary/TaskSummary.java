package nl.samenduurzaam.workflow.task.boundary;

import java.time.Instant;

/** A row of the task list: the task and the idea it is about. */
public record TaskSummary(String taskId, String taskKey, String ideaNumber, String ideaTitle, String themeNameNl,
                          String themeNameEn, Instant created, Instant due, Instant followUp, String assignee) {
}
