package nl.samenduurzaam.portal.web.session;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.idea.boundary.IdeaQuery;
import nl.samenduurzaam.portal.idea.boundary.IdeaSortField;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.insight.boundary.InsightView;
import nl.samenduurzaam.portal.insight.boundary.Insights;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.session.boundary.SessionDetail;
import nl.samenduurzaam.portal.session.boundary.SessionSummary;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** The verdiepingssessies: the list, and one session with its days, registrations, insights and ideas. */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_IDEAS_SHOWN = 100;

    @Inject
    private Sessions sessions;

    @Inject
    private Insights insights;

    @Inject
    private Ideas ideas;

    private List<SessionSummary> all;
    private Long selectedId;
    private SessionDetail selected;
    private List<InsightView> selectedInsights = List.of();
    private List<IdeaSummary> selectedIdeas = List.of();
    private String minutes;

    @PostConstruct
    void load() {
        all = sessions.all();
    }

    /** Opens the session named in the URL ({@code ?id=}), if any. */
    public void openFromUrl() {
        if (selectedId != null) {
            open(selectedId);
        }
    }

    public void open(long sessionId) {
        // a refused session leaves none open, not the one open before
        selected = null;
        SessionDetail read = sessions.detail(sessionId);
        selectedId = sessionId;
        minutes = read.minutes();
        boolean seesInsights = Faces.isUserInRole(PortalRoles.FACILITATOR)
                || Faces.isUserInRole(PortalRoles.SCREENER) || Faces.isUserInRole(PortalRoles.PROGRAMME_MANAGER);
        selectedInsights = seesInsights ? insights.forSession(sessionId) : List.of();
        // the functional administrator keeps sessions, not ideas
        selectedIdeas = Faces.isUserInRole(PortalRoles.ADMIN) && !seesInsights ? List.of()
                : ideas.search(new IdeaQuery(null, null, sessionId, Set.of(), null, 0, MAX_IDEAS_SHOWN,
                IdeaSortField.NUMBER, true)).items();
        selected = read;
    }

    public void register() {
        selected = sessions.register(selectedId);
        Messages.addGlobalInfo("session.register.done");
    }

    public void unregister() {
        selected = sessions.unregister(selectedId);
        Messages.addGlobalInfo("session.unregister.done");
    }

    /** The facilitator records the session's minutes (verslag); a change by someone else meanwhile is refused. */
    public void saveMinutes() {
        selected = sessions.recordMinutes(selectedId, minutes, selected.version());
        Messages.addGlobalInfo("session.minutes.saved");
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public boolean isRegistrationOpen() {
        return selected != null && selected.summary().status() == SessionStatus.OPEN_FOR_REGISTRATION;
    }

    public long insightsOfStatus(String status) {
        return selectedInsights.stream().filter(i -> i.status().name().equals(status)).count();
    }

    public List<SessionSummary> getAll() {
        return all;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public SessionDetail getSelected() {
        return selected;
    }

    public List<InsightView> getSelectedInsights() {
        return selectedInsights;
    }

    public List<IdeaSummary> getSelectedIdeas() {
        return selectedIdeas;
    }
}
