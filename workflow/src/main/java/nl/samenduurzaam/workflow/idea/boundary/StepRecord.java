package nl.samenduurzaam.workflow.idea.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One step the idea's process passed (a task, a decision, a timer, an end), for the idea's timeline. */
public record StepRecord(String activityId, String activityType, String assignee, Instant started, Instant ended)
        implements Serializable {
}
