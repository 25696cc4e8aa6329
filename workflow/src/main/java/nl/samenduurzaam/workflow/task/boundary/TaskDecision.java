package nl.samenduurzaam.workflow.task.boundary;

import nl.samenduurzaam.workflow.idea.IdeaLifecycle;

import java.util.Set;

/** The outcomes of the decision tasks of {@code ideaLifecycle}, each with the task and variable it belongs to. */
public enum TaskDecision {
    SELECTED(IdeaLifecycle.DECIDE_SELECTION),
    PARKED(IdeaLifecycle.DECIDE_SELECTION),
    NOT_PURSUED(IdeaLifecycle.DECIDE_SELECTION),
    ACCEPT(IdeaLifecycle.ACCEPT_OWNERSHIP),
    DECLINE(IdeaLifecycle.ACCEPT_OWNERSHIP),
    APPROVE_ROLE(IdeaLifecycle.APPROVE_MUNICIPAL_ROLE, "APPROVE"),
    SEND_BACK(IdeaLifecycle.APPROVE_MUNICIPAL_ROLE),
    APPROVE_ELABORATION(IdeaLifecycle.REVIEW_ELABORATION, "APPROVE"),
    REVISE(IdeaLifecycle.REVIEW_ELABORATION),
    STOP(IdeaLifecycle.REVIEW_ELABORATION),
    CONFIRM(IdeaLifecycle.CONFIRM_COMPLETION),
    NOT_YET(IdeaLifecycle.CONFIRM_COMPLETION);

    private final String taskKey;
    private final String value;

    TaskDecision(String taskKey) {
        this(taskKey, null);
    }

    TaskDecision(String taskKey, String value) {
        this.taskKey = taskKey;
        this.value = value;
    }

    public String taskKey() {
        return taskKey;
    }

    /** The value the model's gateway tests. */
    public String value() {
        return value == null ? name() : value;
    }

    /** The process variable that carries the decision of this task. */
    public String variable() {
        return switch (taskKey) {
            case IdeaLifecycle.DECIDE_SELECTION -> IdeaLifecycle.SELECTION_DECISION;
            case IdeaLifecycle.ACCEPT_OWNERSHIP -> IdeaLifecycle.OWNERSHIP_DECISION;
            case IdeaLifecycle.APPROVE_MUNICIPAL_ROLE -> IdeaLifecycle.ROLE_DECISION;
            case IdeaLifecycle.REVIEW_ELABORATION -> IdeaLifecycle.REVIEW_DECISION;
            default -> IdeaLifecycle.COMPLETION_DECISION;
        };
    }

    /** The outcomes after which the idea's process ends without a realised result; they cannot be undone. */
    public boolean endsTheIdea() {
        return this == NOT_PURSUED || this == STOP;
    }

    public static Set<String> decisionTasks() {
        return Set.of(IdeaLifecycle.DECIDE_SELECTION, IdeaLifecycle.ACCEPT_OWNERSHIP,
                IdeaLifecycle.APPROVE_MUNICIPAL_ROLE, IdeaLifecycle.REVIEW_ELABORATION,
                IdeaLifecycle.CONFIRM_COMPLETION);
    }
}
