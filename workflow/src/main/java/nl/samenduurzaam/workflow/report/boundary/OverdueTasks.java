package nl.samenduurzaam.workflow.report.boundary;

import java.io.Serializable;

/** Open tasks of one step for one candidate group: how many there are and how many are past their due date. */
public record OverdueTasks(String group, String taskKey, long open, long overdue) implements Serializable {
}
