package nl.samenduurzaam.portal.idea.entity;

import jakarta.ejb.ApplicationException;

/** A step the lifecycle does not allow from the idea's current status; nothing is changed. */
@ApplicationException(rollback = true)
public class IllegalStatusTransitionException extends RuntimeException {

    private final IdeaStatus from;
    private final IdeaStatus to;

    public IllegalStatusTransitionException(IdeaStatus from, IdeaStatus to) {
        super("An idea cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public IdeaStatus getFrom() {
        return from;
    }

    public IdeaStatus getTo() {
        return to;
    }
}
