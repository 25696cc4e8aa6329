package nl.samenduurzaam.portal.report.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.role.entity.MunicipalRole;
import nl.samenduurzaam.portal.role.entity.NsobPerspective;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The programme's reports computed from the domain's tables, for management and the programme manager: the funnel
 * from insights to realised ideas and the municipal role mix. Every count is one aggregate query, so a report stays fast with many ideas.
 */
@Stateless
@DeclareRoles({PortalRoles.MANAGEMENT, PortalRoles.PROGRAMME_MANAGER})
@RolesAllowed({PortalRoles.MANAGEMENT, PortalRoles.PROGRAMME_MANAGER})
public class ProgrammeReports {

    /**
     * The main path after screening, in order. An idea counts in a stage once its timeline shows it reached the
     * stage's status or any later one of the path, so every stage holds a subset of the one before it.
     */
    private static final Map<String, IdeaStatus> REACHED = new LinkedHashMap<>();
    private static final List<IdeaStatus> MAIN_PATH = List.of(IdeaStatus.SHORTLISTED, IdeaStatus.SELECTED,
            IdeaStatus.OWNERSHIP_ACCEPTED, IdeaStatus.ROLE_ASSIGNED, IdeaStatus.IN_ELABORATION, IdeaStatus.IN_REVIEW,
            IdeaStatus.IMPLEMENTING, IdeaStatus.COMPLETED);
    private static final Set<IdeaStatus> SIDE_EXITS = Set.of(IdeaStatus.NOT_PURSUED, IdeaStatus.MERGED,
            IdeaStatus.PARKED, IdeaStatus.WITHDRAWN, IdeaStatus.STOPPED);

    static {
        REACHED.put("shortlisted", IdeaStatus.SHORTLISTED);
        REACHED.put("selected", IdeaStatus.SELECTED);
        REACHED.put("in-elaboration", IdeaStatus.IN_ELABORATION);
        REACHED.put("realised", IdeaStatus.COMPLETED);
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public FunnelReport funnel(@NotNull @Valid ReportFilter filter) {
        List<FunnelReport.Stage> stages = new ArrayList<>();
        String insightCriteria = "n.capturedAt >= :start and n.capturedAt < :end"
                + (filter.themeId() == null ? "" : " and n.theme.id = :themeId")
                + (filter.sessionId() == null ? "" : " and n.session.id = :sessionId");
        long insights = count("select count(n) from Insight n where " + insightCriteria, filter);
        // ideas submitted directly by partners have no insight: the share of insights that became an idea is
        // counted over the insights, never as ideas over insights (which passed 100 %)
        long converted = count("select count(distinct n.id) from Idea i join i.originInsights n where "
                + insightCriteria, filter);
        long ideas = count("select count(i) from Idea i where " + ideaCriteria(filter), filter);
        stages.add(new FunnelReport.Stage("insights", insights, null));
        stages.add(new FunnelReport.Stage("converted", converted, percent(converted, insights)));
        // a new base: every idea submitted in the period, from an insight or not
        stages.add(new FunnelReport.Stage("ideas", ideas, null));

        for (Map.Entry<String, IdeaStatus> stage : REACHED.entrySet()) {
            List<IdeaStatus> atOrBeyond = MAIN_PATH.subList(MAIN_PATH.indexOf(stage.getValue()), MAIN_PATH.size());
            TypedQuery<Long> reached = em.createQuery("select count(distinct e.idea.id) from IdeaEvent e "
                    + "join e.idea i where e.toStatus in :statuses and " + ideaCriteria(filter), Long.class)
                    .setParameter("statuses", atOrBeyond);
            long count = bind(reached, filter).getSingleResult();
            stages.add(new FunnelReport.Stage(stage.getKey(), count,
                    percent(count, stages.get(stages.size() - 1).count())));
        }

        Map<IdeaStatus, Long> exits = new EnumMap<>(IdeaStatus.class);
        SIDE_EXITS.forEach(status -> exits.put(status, 0L));
        TypedQuery<Object[]> exitQuery = em.createQuery("select i.status, count(i) from Idea i where i.status in "
                + ":statuses and " + ideaCriteria(filter) + " group by i.status", Object[].class)
                .setParameter("statuses", SIDE_EXITS);
        bind(exitQuery, filter).getResultList()
                .forEach(row -> exits.put((IdeaStatus) row[0], ((Number) row[1]).longValue()));
        return new FunnelReport(filter, stages, exits);
    }

    /** Escalations fired and the answers to ownership proposals, from the timelines of the filter's ideas. */
    public OwnershipAndEscalation ownershipAndEscalation(@NotNull @Valid ReportFilter filter) {
        Map<IdeaEventType, Long> events = new EnumMap<>(IdeaEventType.class);
        TypedQuery<Object[]> query = em.createQuery("select e.type, count(e) from IdeaEvent e join e.idea i "
                + "where e.type in :types and " + ideaCriteria(filter) + " group by e.type", Object[].class)
                .setParameter("types", Set.of(IdeaEventType.ESCALATED, IdeaEventType.OWNER_PROPOSED,
                        IdeaEventType.OWNERSHIP_DECLINED, IdeaEventType.OWNERSHIP_LAPSED));
        bind(query, filter).getResultList()
                .forEach(row -> events.put((IdeaEventType) row[0], ((Number) row[1]).longValue()));
        // accepted after a proposal: an owner set without one (as an older demo did) is not an answer to a proposal
        TypedQuery<Long> accepted = em.createQuery("select count(distinct e.idea.id) from IdeaEvent e join e.idea i "
                + "where e.toStatus = :accepted and " + ideaCriteria(filter) + " and exists (select p from IdeaEvent p "
                + "where p.idea = i and p.type = :proposed)", Long.class)
                .setParameter("accepted", IdeaStatus.OWNERSHIP_ACCEPTED)
                .setParameter("proposed", IdeaEventType.OWNER_PROPOSED);
        long waiting = count("select count(i) from Idea i where i.proposedOwner is not null and "
                + ideaCriteria(filter), filter);
        return new OwnershipAndEscalation(events.getOrDefault(IdeaEventType.ESCALATED, 0L),
                events.getOrDefault(IdeaEventType.OWNER_PROPOSED, 0L), bind(accepted, filter).getSingleResult(),
                events.getOrDefault(IdeaEventType.OWNERSHIP_DECLINED, 0L),
                events.getOrDefault(IdeaEventType.OWNERSHIP_LAPSED, 0L), waiting);
    }

    /** The municipal roles in the ideas of the filter: the latest proposal of each idea, approved or not. */
    public RoleMix roleMix(@NotNull @Valid ReportFilter filter) {
        String criteria = ideaCriteria(filter);
        Map<String, Long> perRole = new HashMap<>();
        TypedQuery<Object[]> primary = em.createQuery("select r.primaryRole.name.code, count(r) from RoleAssignment r "
                + "join r.idea i where " + criteria + " group by r.primaryRole.name.code", Object[].class);
        bind(primary, filter).getResultList()
                .forEach(row -> perRole.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
        TypedQuery<Object[]> secondary = em.createQuery("select s.name.code, count(r) from RoleAssignment r "
                + "join r.secondaryRoles s join r.idea i where " + criteria + " group by s.name.code", Object[].class);
        bind(secondary, filter).getResultList()
                .forEach(row -> perRole.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
        List<RoleMix.RoleCount> roles = em.createNamedQuery(MunicipalRole.ALL, MunicipalRole.class)
                .getResultStream().map(role -> new RoleMix.RoleCount(role.getCode(), role.getName().nameNl(),
                        role.getName().nameEn(), perRole.getOrDefault(role.getCode(), 0L))).toList();

        Map<NsobPerspective, Long> perspectives = new EnumMap<>(NsobPerspective.class);
        for (NsobPerspective perspective : NsobPerspective.values()) {
            perspectives.put(perspective, 0L);
        }
        TypedQuery<Object[]> byPerspective = em.createQuery("select r.primaryRole.perspective, count(r) "
                + "from RoleAssignment r join r.idea i where " + criteria + " group by r.primaryRole.perspective",
                Object[].class);
        bind(byPerspective, filter).getResultList()
                .forEach(row -> perspectives.put((NsobPerspective) row[0], ((Number) row[1]).longValue()));
        long conflicting = count("select count(r) from RoleAssignment r join r.idea i where "
                + "r.conflictJustification is not null and " + criteria, filter);
        long approved = count("select count(r) from RoleAssignment r join r.idea i where r.status = "
                + "nl.samenduurzaam.portal.role.entity.RoleAssignmentStatus.APPROVED and " + criteria, filter);
        return new RoleMix(roles, perspectives, conflicting, approved);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    private static String ideaCriteria(ReportFilter filter) {
        return "i.submittedAt >= :start and i.submittedAt < :end"
                // an uncorrelated subquery: the database reads the ideas with the theme as an additional one once,
                // where a correlated one would be asked again for every row
                + (filter.themeId() == null ? "" : " and (i.theme.id = :themeId or i.id in (select i2.id from Idea i2 "
                        + "join i2.additionalThemes t where t.id = :themeId))")
                + (filter.sessionId() == null ? "" : " and i.originSession.id = :sessionId");
    }

    private long count(String jpql, ReportFilter filter) {
        return bind(em.createQuery(jpql, Long.class), filter).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ReportFilter filter) {
        query.setParameter("start", filter.start()).setParameter("end", filter.end());
        if (filter.themeId() != null) {
            query.setParameter("themeId", filter.themeId());
        }
        if (filter.sessionId() != null) {
            query.setParameter("sessionId", filter.sessionId());
        }
        return query;
    }
}
