package nl.samenduurzaam.portal.web.session;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.insight.boundary.Ballot;
import nl.samenduurzaam.portal.insight.boundary.DotVoting;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import nl.samenduurzaam.portal.common.PortalException;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

import java.io.Serializable;

/** A participant's dots in the session's dot vote, on the session page (a tablet in the room will do). */
@Named
@ViewScoped
public class DotVotingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DotVoting voting;

    @Inject
    private SessionsView sessionsView;

    @Inject
    private SessionRoom room;

    private Ballot ballot;
    private Long ballotSession;

    /** The ballot of the session shown, for a registered partner while the session runs; null otherwise. */
    public Ballot getBallot() {
        var selected = sessionsView.getSelected();
        if (selected == null || !selected.registeredByMe() || !Faces.isUserInRole(PortalRoles.PARTNER)
                || selected.summary().status() != SessionStatus.RUNNING) {
            return null;
        }
        if (ballot == null || !ballotSession.equals(selected.summary().id())) {
            try {
                ballot = voting.ballot(selected.summary().id());
                ballotSession = selected.summary().id();
            } catch (PortalException voteClosedMeanwhile) {
                // read while the page renders, too late for a message: the page shows no ballot, which is true
                return null;
            }
        }
        return ballot;
    }

    public void cast(Ballot.Line line) {
        // refused, the ballot is read again: the facilitator may have closed the vote
        reload();
        ballot = voting.cast(line.insightId());
        room.changed(ballot.sessionId());
    }

    public void withdraw(Ballot.Line line) {
        reload();
        ballot = voting.withdraw(line.insightId());
        room.changed(ballot.sessionId());
    }

    /** Reads the ballot again: the facilitator may have opened or closed the vote meanwhile. */
    public void reload() {
        ballot = null;
    }
}
