package nl.samenduurzaam.portal.session.entity;

/** A session is planned, opens for registration, runs on its days and is closed afterwards, in that order. */
public enum SessionStatus {
    PLANNED,
    OPEN_FOR_REGISTRATION,
    RUNNING,
    CLOSED;

    public boolean canMoveTo(SessionStatus next) {
        return next.ordinal() == ordinal() + 1;
    }
}
