package nl.samenduurzaam.workflow.task.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.common.SingleLineText;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A civil servant's view of the task list: whose tasks, and optional filters on the kind of task, the idea (number or
 * title, theme, session) and the due date; one page, sorted.
 */
public record TaskQuery(
        @NotNull Scope scope,
        @Size(max = 40) @Pattern(regexp = "[A-Za-z]*") String taskKey,
        @Size(max = 200, message = "{search.text.too-long}")
        @SingleLineText String text,
        Long themeId,
        Long sessionId,
        boolean overdueOnly,
        LocalDate dueUntil,
        @NotNull Sort sort,
        boolean ascending,
        @Min(0) int page,
        @Min(1) @Max(Page.MAX_SIZE) int size) implements Serializable {

    public enum Scope {
        /** Tasks the caller holds. */
        MINE,
        /** Tasks of the caller's groups that nobody holds yet. */
        UNCLAIMED,
        /** Everything the caller holds or may take, colleagues' tasks in the caller's groups included. */
        ALL
    }

    public enum Sort {
        CREATED,
        DUE,
        FOLLOW_UP
    }

    /** The first page of everything the caller holds or may take, oldest first. */
    public static TaskQuery everything(int size) {
        return new TaskQuery(Scope.ALL, null, null, null, null, false, null, Sort.CREATED, true, 0, size);
    }

    boolean filtersIdeas() {
        return (text != null && !text.isBlank()) || themeId != null || sessionId != null;
    }
}
