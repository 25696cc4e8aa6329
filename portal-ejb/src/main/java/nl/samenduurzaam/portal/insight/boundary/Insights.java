package nl.samenduurzaam.portal.insight.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.common.SingleLineText;
import nl.samenduurzaam.portal.insight.entity.Insight;
import nl.samenduurzaam.portal.insight.entity.InsightCluster;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.time.Clock;
import java.util.List;

/**
 * The insights of a session: captured, clustered and parked by the facilitator, turned into ideas by the facilitator
 * or a civil servant. Partners only add insights to a running session they take part in.
 */
@Stateless
@DeclareRoles({PortalRoles.SESSION_STAFF, PortalRoles.FACILITATOR, PortalRoles.PARTNER})
@RolesAllowed(PortalRoles.SESSION_STAFF)
public class Insights {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private Clock clock;

    public List<InsightView> forSession(@NotNull Long sessionId) {
        return em.createNamedQuery(Insight.BY_SESSION, Insight.class).setParameter("sessionId", sessionId)
                .getResultStream().map(InsightView::of).toList();
    }

    @RolesAllowed(PortalRoles.FACILITATOR)
    public InsightView capture(@NotNull @Valid InsightCapture capture) {
        Session session = find(Session.class, capture.sessionId(), "session.not-found");
        return store(session, capture, callerAccount.get());
    }

    /**
     * A participant adds an insight from a phone or tablet in the room: only while the session runs, and only to a
     * session the participant registered for.
     */
    @RolesAllowed(PortalRoles.PARTNER)
    public InsightView contribute(@NotNull @Valid InsightCapture capture) {
        Session session = find(Session.class, capture.sessionId(), "session.not-found");
        Account me = callerAccount.get();
        if (!session.isParticipant(me)) {
            throw new PortalException("voting.not-participant");
        }
        if (session.getStatus() != SessionStatus.RUNNING) {
            throw new PortalException("insight.session.not-running");
        }
        return store(session, capture, me);
    }

    private InsightView store(Session session, InsightCapture capture, Account author) {
        Theme theme = find(Theme.class, capture.themeId(), "idea.theme.unknown");
        if (!session.covers(theme)) {
            throw new PortalException("insight.theme.not-in-session");
        }
        Insight insight = new Insight(session, theme, capture.text().strip(), author, clock.instant());
        em.persist(insight);
        em.flush();
        return InsightView.of(insight);
    }

    @RolesAllowed(PortalRoles.FACILITATOR)
    public long createCluster(@NotNull Long sessionId, @NotNull Long themeId,
                              @NotBlank(message = "{insight.cluster.name-required}")
                              @Size(max = 200, message = "{insight.cluster.name-too-long}")
                              @SingleLineText
                              String name) {
        Session session = find(Session.class, sessionId, "session.not-found");
        Theme theme = find(Theme.class, themeId, "idea.theme.unknown");
        if (!session.covers(theme)) {
            throw new PortalException("insight.theme.not-in-session");
        }
        InsightCluster cluster = new InsightCluster(session, theme, name.strip());
        em.persist(cluster);
        em.flush();
        return cluster.getId();
    }

    @RolesAllowed(PortalRoles.FACILITATOR)
    public InsightView cluster(@NotNull Long insightId, @NotNull Long clusterId) {
        Insight insight = find(Insight.class, insightId, "insight.not-found");
        InsightCluster cluster = find(InsightCluster.class, clusterId, "insight.cluster.not-found");
        insight.clusterInto(cluster);
        return InsightView.of(insight);
    }

    @RolesAllowed(PortalRoles.FACILITATOR)
    public InsightView park(@NotNull Long insightId) {
        Insight insight = find(Insight.class, insightId, "insight.not-found");
        insight.park();
        return InsightView.of(insight);
    }

    private <T> T find(Class<T> type, Long id, String messageKey) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw new NotFoundException(messageKey);
        }
        return entity;
    }
}
