package nl.samenduurzaam.portal.insight.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.insight.entity.Insight;
import nl.samenduurzaam.portal.insight.entity.InsightStatus;
import nl.samenduurzaam.portal.insight.entity.InsightVote;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.session.entity.Session;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-session dot voting: the facilitator opens a vote while the session runs, every registered participant puts a
 * limited number of dots on the open insights (several on one insight if they like), and the results rank the
 * insights into the session's shortlist. A participant never exceeds the dots, also when voting from two devices at
 * once: the session row is locked while a dot is counted.
 */
@Stateless
@DeclareRoles({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER})
public class DotVoting {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed(PortalRoles.FACILITATOR)
    public void open(@NotNull Long sessionId,
                     @Min(value = 1, message = "{voting.dots.range}")
                     @Max(value = Session.MAX_DOTS, message = "{voting.dots.range}") int dots) {
        Session session = session(sessionId);
        session.openVoting(dots);
        audit.done(caller.username(), "voting.open", "session", String.valueOf(sessionId), dots + " dots");
    }

    @RolesAllowed(PortalRoles.FACILITATOR)
    public void close(@NotNull Long sessionId) {
        session(sessionId).closeVoting();
        audit.done(caller.username(), "voting.close", "session", String.valueOf(sessionId), null);
    }

    /** The caller's ballot; a partner who did not register for the session has none. */
    @RolesAllowed(PortalRoles.PARTNER)
    public Ballot ballot(@NotNull Long sessionId) {
        Session session = session(sessionId);
        Account me = participant(session);
        return ballot(session, me);
    }

    /** Puts one of the caller's dots on the insight. */
    @RolesAllowed(PortalRoles.PARTNER)
    public Ballot cast(@NotNull Long insightId) {
        Insight insight = insight(insightId);
        Session session = insight.getSession();
        Account me = participant(session);
        // one participant's dots are counted one at a time
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        if (!session.isVotingOpen()) {
            throw new PortalException("voting.closed");
        }
        if (myVotes(session, me).size() >= session.getDotsPerParticipant()) {
            throw new PortalException("voting.no-dots-left");
        }
        em.persist(new InsightVote(insight, me, clock.instant()));
        em.flush();
        return ballot(session, me);
    }

    /** Takes one of the caller's dots off the insight again, while the vote is open. */
    @RolesAllowed(PortalRoles.PARTNER)
    public Ballot withdraw(@NotNull Long insightId) {
        Insight insight = insight(insightId);
        Session session = insight.getSession();
        Account me = participant(session);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        if (!session.isVotingOpen()) {
            throw new PortalException("voting.closed");
        }
        myVotes(session, me).stream().filter(vote -> vote.getInsight().getId().equals(insightId))
                .reduce((first, last) -> last).ifPresent(em::remove);
        em.flush();
        return ballot(session, me);
    }

    /** Every insight of the session with its dots, the most dots first: the session's shortlist on top. */
    @RolesAllowed(PortalRoles.SESSION_STAFF)
    public List<VoteResult> results(@NotNull Long sessionId) {
        Session session = session(sessionId);
        Map<Long, Long> dots = dotsPerInsight(session);
        return em.createNamedQuery(Insight.BY_SESSION, Insight.class).setParameter("sessionId", session.getId())
                .getResultStream()
                .map(insight -> new VoteResult(insight.getId(), insight.getTheme().getCode(), insight.getText(),
                        insight.getCluster() == null ? null : insight.getCluster().getName(), insight.getStatus(),
                        dots.getOrDefault(insight.getId(), 0L)))
                .sorted(Comparator.comparingLong(VoteResult::dots).reversed()
                        .thenComparing(VoteResult::insightId))
                .toList();
    }

    @RolesAllowed({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER,
            PortalRoles.PROGRAMME_MANAGER})
    public boolean isOpen(@NotNull Long sessionId) {
        return session(sessionId).isVotingOpen();
    }

    private Ballot ballot(Session session, Account me) {
        Map<Long, Integer> mine = new HashMap<>();
        List<InsightVote> votes = myVotes(session, me);
        votes.forEach(vote -> mine.merge(vote.getInsight().getId(), 1, Integer::sum));
        List<Ballot.Line> lines = em.createNamedQuery(Insight.BY_SESSION, Insight.class)
                .setParameter("sessionId", session.getId()).getResultStream()
                .filter(insight -> insight.getStatus() == InsightStatus.CAPTURED
                        || insight.getStatus() == InsightStatus.CLUSTERED)
                .map(insight -> new Ballot.Line(insight.getId(), insight.getTheme().getCode(), insight.getText(),
                        insight.getCluster() == null ? null : insight.getCluster().getName(),
                        mine.getOrDefault(insight.getId(), 0)))
                .toList();
        int left = Math.max(0, session.getDotsPerParticipant() - votes.size());
        return new Ballot(session.getId(), session.isVotingOpen(), session.getDotsPerParticipant(), left, lines);
    }

    private Map<Long, Long> dotsPerInsight(Session session) {
        Map<Long, Long> dots = new HashMap<>();
        for (Object[] row : em.createNamedQuery(InsightVote.COUNT_BY_INSIGHT, Object[].class)
                .setParameter("sessionId", session.getId()).getResultList()) {
            dots.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return dots;
    }

    private List<InsightVote> myVotes(Session session, Account me) {
        return em.createNamedQuery(InsightVote.OF_ACCOUNT, InsightVote.class)
                .setParameter("sessionId", session.getId()).setParameter("account", me).getResultList();
    }

    private Account participant(Session session) {
        Account me = callerAccount.get();
        if (!session.isParticipant(me)) {
            throw new PortalException("voting.not-participant");
        }
        return me;
    }

    private Session session(Long sessionId) {
        Session session = em.find(Session.class, sessionId);
        if (session == null) {
            throw new NotFoundException("session.not-found");
        }
        return session;
    }

    private Insight insight(Long insightId) {
        Insight insight = em.find(Insight.class, insightId);
        if (insight == null) {
            throw new NotFoundException("insight.not-found");
        }
        return insight;
    }
}
