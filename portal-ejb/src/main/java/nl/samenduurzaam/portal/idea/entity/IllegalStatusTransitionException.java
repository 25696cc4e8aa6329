package nl.samenduurzaam.portal.idea.entity;

import nl.samenduurzaam.portal.common.PortalException;

/** A step the lifecycle does not allow from the idea's current status; nothing is changed. */
public class IllegalStatusTransitionException extends PortalException {

    private final IdeaStatus from;
    private final IdeaStatus to;

    public IllegalStatusTransitionException(IdeaStatus from, IdeaStatus to) {
        super("idea.status.not-allowed");
        this.from = from;
        this.to = to;
    }

    public IdeaStatus getFrom() {
        return from;
    }

    public IdeaStatus getTo() {
        return to;
    }

    @Override
    public String getMessage() {
        return "An idea cannot move from " + from + " to " + to;
    }
}
