package nl.samenduurzaam.portal.idea.entity;

import nl.samenduurzaam.portal.common.PortalException;

/**
 * A step the lifecycle does not allow from the idea's current status; nothing is changed. The person reads that the
 * idea is closed when it is, else that the step does not fit its status.
 */
public class IllegalStatusTransitionException extends PortalException {

    private final IdeaStatus from;
    private final IdeaStatus to;

    public IllegalStatusTransitionException(IdeaStatus from, IdeaStatus to) {
        super(from.isFinal() ? "idea.closed" : "idea.status.not-allowed");
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
