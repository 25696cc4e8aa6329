package nl.samenduurzaam.portal.web.session;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.insight.boundary.Ballot;
import nl.samenduurzaam.portal.insight.boundary.DotVoting;
import nl.samenduurzaam.portal.insight.boundary.InsightCapture;
import nl.samenduurzaam.portal.insight.boundary.Insights;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.session.boundary.SessionDetail;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Ajax;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * A participant's page in the room, made for a phone: join by the short link or QR code on the projector, add
 * insights while the session runs, and put dots while the vote is open. It follows the room live: what others add,
 * and the facilitator opening or closing the vote, shows without reloading.
 */
@Named
@ViewScoped
public class SessionRoomView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Sessions sessions;

    @Inject
    private DotVoting voting;

    @Inject
    private Insights insights;

    @Inject
    private SessionRoom room;

    private Long sessionId;
    private SessionDetail session;
    private Ballot ballot;
    private Long themeId;
    private String text;

    /** The page's view action: the session of the link. */
    public void load() {
        if (sessionId == null) {
            Messages.addGlobalError("session.not-found");
            return;
        }
        session = sessions.detail(sessionId);
        if (themeId == null && !session.summary().themes().isEmpty()) {
            themeId = session.summary().themes().get(0).id();
        }
        readBallot();
    }

    private void readBallot() {
        ballot = isParticipant() ? voting.ballot(sessionId) : null;
    }

    /** Something changed in the room: the session's status, the vote, the insights. */
    public void roomChanged() {
        boolean wasRunning = isRunning();
        session = sessions.detail(sessionId);
        readBallot();
        if (wasRunning != isRunning()) {
            // the form to add an insight appears or goes; otherwise it is left alone, with what is being typed
            Ajax.update("room-add");
        }
    }

    public void contribute() {
        insights.contribute(new InsightCapture(sessionId, themeId, text));
        room.changed(sessionId);
        text = null;
        Messages.addGlobalInfo("room.insight.added");
        readBallot();
    }

    public void cast(Ballot.Line line) {
        try {
            ballot = voting.cast(line.insightId());
        } catch (PortalException refused) {
            // the vote may have closed, or the dots run out on another device: show the ballot as it is now
            readBallot();
            throw refused;
        }
        room.changed(sessionId);
    }

    public void withdraw(Ballot.Line line) {
        ballot = voting.withdraw(line.insightId());
        room.changed(sessionId);
    }

    /** A partner who registered for the session: only participants add insights and vote. */
    public boolean isParticipant() {
        return session != null && session.registeredByMe() && Faces.isUserInRole(PortalRoles.PARTNER);
    }

    public boolean isRunning() {
        return session != null && session.summary().status() == SessionStatus.RUNNING;
    }

    public String getRoomListener() {
        return SessionRoom.of(sessionId);
    }

    public SessionDetail getSession() {
        return session;
    }

    public Ballot getBallot() {
        return ballot;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
