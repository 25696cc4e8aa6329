package nl.samenduurzaam.portal.idea.entity;

import java.util.EnumSet;
import java.util.Set;

/** The states of DESIGN.md §4 and which step may follow which; side exits end the lifecycle. */
public enum IdeaStatus {
    SUBMITTED,
    IN_SCREENING,
    CLARIFICATION_REQUESTED,
    SHORTLISTED,
    SELECTED,
    OWNERSHIP_ACCEPTED,
    ROLE_ASSIGNED,
    IN_ELABORATION,
    IN_REVIEW,
    IMPLEMENTING,
    COMPLETED,
    NOT_PURSUED,
    MERGED,
    PARKED,
    WITHDRAWN,
    STOPPED;

    private static final Set<IdeaStatus> FINAL = EnumSet.of(COMPLETED, NOT_PURSUED, MERGED, WITHDRAWN, STOPPED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public boolean canMoveTo(IdeaStatus next) {
        if (isFinal() || next == this || next == SUBMITTED) {
            return false;
        }
        if (next == WITHDRAWN || next == PARKED) {
            return this != PARKED;
        }
        return switch (this) {
            case SUBMITTED, IN_SCREENING -> EnumSet.of(IN_SCREENING, CLARIFICATION_REQUESTED, SHORTLISTED,
                    NOT_PURSUED, MERGED).contains(next);
            case CLARIFICATION_REQUESTED -> next == IN_SCREENING;
            case SHORTLISTED -> next == SELECTED || next == NOT_PURSUED;
            case SELECTED -> next == OWNERSHIP_ACCEPTED;
            case OWNERSHIP_ACCEPTED -> next == ROLE_ASSIGNED;
            case ROLE_ASSIGNED -> next == IN_ELABORATION;
            case IN_ELABORATION -> next == IN_REVIEW;
            case IN_REVIEW -> EnumSet.of(IMPLEMENTING, IN_ELABORATION, STOPPED).contains(next);
            case IMPLEMENTING -> next == COMPLETED || next == STOPPED;
            default -> false;
        };
    }
}
