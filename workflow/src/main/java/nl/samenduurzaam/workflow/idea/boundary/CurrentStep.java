package nl.samenduurzaam.workflow.idea.boundary;

import java.time.Instant;

/**
 * Where an idea is: an open task, who holds the ball (the partner organisation or the municipality), the person
 * working on it (civil servants only see names), and by when.
 */
public record CurrentStep(String taskKey, Holder holder, String assignee, Instant since, Instant due) {

    public enum Holder {
        ORGANISATION,
        MUNICIPALITY
    }
}
