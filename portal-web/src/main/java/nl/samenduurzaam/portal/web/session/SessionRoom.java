package nl.samenduurzaam.portal.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * The live session room: after every change to a session's insights, vote or status, tells each open page of that
 * session (the facilitator's board, the participants' room pages and the projector) to read it again, over the
 * pages' WebSocket. A page of the session listens as the "user" {@link #of(long)} on {@link #CHANNEL}, so a change
 * reaches only the pages of its own session, whoever has them open.
 */
@ApplicationScoped
public class SessionRoom {

    public static final String CHANNEL = "sessionRoom";

    /** The one message: what changed is read again by each page, so the message carries nothing to trust. */
    public static final String CHANGED = "changed";

    @Inject
    @Push(channel = CHANNEL)
    private PushContext room;

    /** Called after the change committed (each boundary call is its own transaction): the pages read the new state. */
    public void changed(long sessionId) {
        room.send(CHANGED, of(sessionId));
    }

    /** Whom a page of this session listens as. */
    public static String of(long sessionId) {
        return "session-" + sessionId;
    }
}
