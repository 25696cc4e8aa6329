package nl.samenduurzaam.workflow.idea.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where an idea is: an open task, who holds the ball (the caller's own organisation, another organisation, named in
 * {@code organisation}, or the municipality), the person working on it (civil servants only see names), and by when.
 */
public record CurrentStep(String taskKey, Holder holder, String organisation, String assignee, Instant since,
                          Instant due) implements Serializable {

    public enum Holder {
        /** The organisation of the partner who reads the step. */
        YOUR_ORGANISATION,
        /** An organisation other than the reader's: {@code organisation} names it. */
        ORGANISATION,
        MUNICIPALITY
    }
}
