package nl.samenduurzaam.portal.web.session;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.insight.boundary.DotVoting;
import nl.samenduurzaam.portal.insight.boundary.VoteResult;
import nl.samenduurzaam.portal.insight.entity.InsightStatus;
import nl.samenduurzaam.portal.session.boundary.SessionDetail;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.omnifaces.cdi.ViewScoped;

import java.io.Serializable;
import java.util.List;

/**
 * The projector in the room: large type, the insights per theme with the dots they have, the shortlist, and the short
 * link and QR code by which participants join from their phones. It follows the room live.
 */
@Named
@ViewScoped
public class ProjectorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHORTLIST_SIZE = 5;
    /** The short link's path: {@code /r/<session>} (see {@link RoomLinkServlet}). */
    static final String SHORT_LINK = "r/";

    @Inject
    private Sessions sessions;

    @Inject
    private DotVoting voting;

    private Long sessionId;
    private SessionDetail session;
    private List<VoteResult> results = List.of();
    private boolean votingOpen;
    private String joinLink;
    private JoinCode joinCode;

    /** The page's view action: the session of the URL. */
    public void load() {
        if (sessionId == null) {
            Messages.addGlobalError("session.not-found");
            return;
        }
        session = sessions.detail(sessionId);
        joinLink = Faces.getRequestBaseURL() + SHORT_LINK + sessionId;
        joinCode = JoinCode.of(joinLink);
        roomChanged();
    }

    public void roomChanged() {
        session = sessions.detail(sessionId);
        results = voting.results(sessionId).stream().filter(result -> result.status() != InsightStatus.PARKED)
                .toList();
        votingOpen = voting.isOpen(sessionId);
    }

    /** The theme's insights, the most dots first (the results come in that order). */
    public List<VoteResult> insightsOf(ThemeSummary theme) {
        return results.stream().filter(result -> result.themeCode().equals(theme.code())).toList();
    }

    public List<VoteResult> getShortlist() {
        return results.stream().filter(result -> result.dots() > 0).limit(SHORTLIST_SIZE).toList();
    }

    public long getDotsCast() {
        return results.stream().mapToLong(VoteResult::dots).sum();
    }

    public String getRoomListener() {
        return SessionRoom.of(sessionId);
    }

    public SessionDetail getSession() {
        return session;
    }

    public boolean isVotingOpen() {
        return votingOpen;
    }

    public String getJoinLink() {
        return joinLink;
    }

    public JoinCode getJoinCode() {
        return joinCode;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }
}
