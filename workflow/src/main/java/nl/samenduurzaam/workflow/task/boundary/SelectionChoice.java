package nl.samenduurzaam.workflow.task.boundary;

import java.io.Serializable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One idea's selection decision within a decision on a whole session's shortlist. */
public record SelectionChoice(@NotBlank @Size(max = 64) String taskId, @NotNull @Valid DecisionForm form)
        implements Serializable {
}
