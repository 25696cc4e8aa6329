package nl.samenduurzaam.portal.web.session;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.IdeasFromInsights;
import nl.samenduurzaam.portal.idea.boundary.InsightConversion;
import nl.samenduurzaam.portal.insight.boundary.DotVoting;
import nl.samenduurzaam.portal.insight.boundary.InsightCapture;
import nl.samenduurzaam.portal.insight.boundary.InsightView;
import nl.samenduurzaam.portal.insight.boundary.Insights;
import nl.samenduurzaam.portal.insight.boundary.VoteResult;
import nl.samenduurzaam.portal.insight.entity.InsightStatus;
import nl.samenduurzaam.portal.organisation.boundary.OrganisationSummary;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.session.boundary.SessionDetail;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facilitator's insight board of a running session, per theme: capture insights as fast as they are said,
 * cluster them, park them, run the dot vote and turn the shortlisted insights into ideas.
 */
@Named
@ViewScoped
public class InsightBoardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHORTLIST_SIZE = 5;

    @Inject
    private Sessions sessions;

    @Inject
    private Insights insights;

    @Inject
    private IdeasFromInsights ideasFromInsights;

    @Inject
    private DotVoting voting;

    @Inject
    private Organisations organisations;

    @Inject
    private SessionRoom room;

    private Long sessionId;
    private SessionDetail session;
    private Long themeId;
    private List<InsightView> all = List.of();
    private Map<Long, Long> dots = Map.of();
    private List<VoteResult> shortlist = List.of();
    private boolean votingOpen;
    private final Map<Long, String> createdClusters = new LinkedHashMap<>();
    private final Map<Long, Long> moveTargets = new LinkedHashMap<>();
    private final Map<Long, Boolean> chosen = new LinkedHashMap<>();

    private String text;
    private String clusterName;
    private int dotsPerParticipant = 3;
    private String ideaTitle;
    private String ideaDescription;
    private Long organisationId;
    private List<OrganisationSummary> partnerOrganisations;

    /** The page's view action: the session of the URL. */
    public void load() {
        if (sessionId == null) {
            Messages.addGlobalError("session.not-found");
            return;
        }
        session = sessions.detail(sessionId);
        if (themeId == null && !session.summary().themes().isEmpty()) {
            themeId = session.summary().themes().get(0).id();
        }
        refresh();
    }

    private void refresh() {
        all = insights.forSession(sessionId);
        List<VoteResult> results = voting.results(sessionId);
        dots = results.stream().collect(Collectors.toMap(VoteResult::insightId, VoteResult::dots));
        shortlist = results.stream().filter(result -> result.dots() > 0)
                .filter(result -> themeCode().equals(result.themeCode())).limit(SHORTLIST_SIZE).toList();
        votingOpen = voting.isOpen(sessionId);
    }

    public void capture() {
        insights.capture(new InsightCapture(sessionId, themeId, text));
        room.changed(sessionId);
        text = null;
        refresh();
    }

    public void createCluster() {
        long id = insights.createCluster(sessionId, themeId, clusterName);
        createdClusters.put(id, clusterName.strip());
        room.changed(sessionId);
        Messages.addGlobalInfo("board.cluster.created", clusterName.strip());
        clusterName = null;
    }

    public void move(InsightView insight) {
        Long target = moveTargets.get(insight.id());
        if (target == null) {
            Messages.addGlobalError("board.cluster.choose");
            return;
        }
        insights.cluster(insight.id(), target);
        room.changed(sessionId);
        moveTargets.remove(insight.id());
        refresh();
    }

    public void park(InsightView insight) {
        insights.park(insight.id());
        room.changed(sessionId);
        chosen.remove(insight.id());
        refresh();
    }

    private Set<Long> chosenIds() {
        return chosen.entrySet().stream().filter(entry -> Boolean.TRUE.equals(entry.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void convert() {
        Set<Long> ids = chosenIds();
        IdeaSummary idea = ideasFromInsights.convert(new InsightConversion(sessionId, ids, ideaTitle,
                ideaDescription, themeId, organisationId));
        room.changed(sessionId);
        Messages.addGlobalInfo("board.converted", idea.number(), ids.size());
        chosen.clear();
        ideaTitle = null;
        ideaDescription = null;
        organisationId = null;
        refresh();
    }

    public void openRegistration() {
        moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
    }

    public void startSession() {
        moveTo(SessionStatus.RUNNING);
    }

    public void closeSession() {
        if (votingOpen) {
            closeVoting();
        }
        moveTo(SessionStatus.CLOSED);
    }

    private void moveTo(SessionStatus next) {
        session = sessions.moveTo(sessionId, next);
        room.changed(sessionId);
        Messages.addGlobalInfo("board.session.moved." + next);
    }

    public void openVoting() {
        voting.open(sessionId, dotsPerParticipant);
        room.changed(sessionId);
        Messages.addGlobalInfo("board.voting.opened", dotsPerParticipant);
        refresh();
    }

    public void closeVoting() {
        voting.close(sessionId);
        room.changed(sessionId);
        Messages.addGlobalInfo("board.voting.closed");
        refresh();
    }

    private String themeCode() {
        return session.summary().themes().stream().filter(theme -> theme.id() == themeId).map(ThemeSummary::code)
                .findFirst().orElse("");
    }

    private List<InsightView> ofTheme() {
        String code = themeCode();
        return all.stream().filter(insight -> insight.themeCode().equals(code)).toList();
    }

    /** New insights of the theme, not yet in a cluster. */
    public List<InsightView> getUnclustered() {
        return ofTheme().stream().filter(insight -> insight.status() == InsightStatus.CAPTURED).toList();
    }

    /** The theme's clusters with their insights, those created on this page included while still empty. */
    public List<Cluster> getClusters() {
        Map<Long, Cluster> clusters = new LinkedHashMap<>();
        for (InsightView insight : ofTheme()) {
            if (insight.clusterId() != null && insight.status() != InsightStatus.PARKED) {
                clusters.computeIfAbsent(insight.clusterId(), id -> new Cluster(id, insight.clusterName()))
                        .insights().add(insight);
            }
        }
        createdClusters.forEach((id, name) -> clusters.putIfAbsent(id, new Cluster(id, name)));
        return List.copyOf(clusters.values());
    }

    public List<InsightView> getParked() {
        return ofTheme().stream().filter(insight -> insight.status() == InsightStatus.PARKED).toList();
    }

    public long dotsOf(InsightView insight) {
        return dots.getOrDefault(insight.id(), 0L);
    }

    /** The insights ticked for turning into an idea, by id. */
    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public boolean isRunning() {
        return session != null && session.summary().status() == SessionStatus.RUNNING;
    }

    public boolean isCanOpenRegistration() {
        return session != null && session.summary().status() == SessionStatus.PLANNED;
    }

    public boolean isCanStart() {
        return session != null && session.summary().status() == SessionStatus.OPEN_FOR_REGISTRATION;
    }

    public List<OrganisationSummary> getPartnerOrganisations() {
        if (partnerOrganisations == null) {
            partnerOrganisations = organisations.all().stream()
                    .filter(organisation -> organisation.type().isPartner()).toList();
        }
        return partnerOrganisations;
    }

    public int getChosenCount() {
        return chosenIds().size();
    }

    public Map<Long, Long> getMoveTargets() {
        return moveTargets;
    }

    public List<VoteResult> getShortlist() {
        return shortlist;
    }

    public boolean isVotingOpen() {
        return votingOpen;
    }

    public SessionDetail getSession() {
        return session;
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
        this.themeId = Objects.requireNonNullElse(themeId, this.themeId);
    }

    /** Shows another theme's board. */
    /** Another page of the session changed it (a participant's insight or dot): read the board again. */
    public void roomChanged() {
        refresh();
    }

    /** Whom the board listens as in the session room. */
    public String getRoomListener() {
        return SessionRoom.of(sessionId);
    }

    public void changeTheme() {
        chosen.clear();
        refresh();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getClusterName() {
        return clusterName;
    }

    public void setClusterName(String clusterName) {
        this.clusterName = clusterName;
    }

    public int getDotsPerParticipant() {
        return dotsPerParticipant;
    }

    public void setDotsPerParticipant(int dotsPerParticipant) {
        this.dotsPerParticipant = dotsPerParticipant;
    }

    public String getIdeaTitle() {
        return ideaTitle;
    }

    public void setIdeaTitle(String ideaTitle) {
        this.ideaTitle = ideaTitle;
    }

    public String getIdeaDescription() {
        return ideaDescription;
    }

    public void setIdeaDescription(String ideaDescription) {
        this.ideaDescription = ideaDescription;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    /** A cluster of insights on the board. */
    public record Cluster(long id, String name, List<InsightView> insights) implements Serializable {

        Cluster(long id, String name) {
            this(id, name, new ArrayList<>());
        }
    }
}
