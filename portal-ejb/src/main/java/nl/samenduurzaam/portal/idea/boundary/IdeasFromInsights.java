package nl.samenduurzaam.portal.idea.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.control.IdeaIntake;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.insight.entity.Insight;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.time.Clock;
import java.util.List;

/**
 * Insights of a session turned into an idea by the facilitator or a civil servant. It lives with the ideas (an idea
 * knows the insights it came from; an insight knows no ideas), so that the insight feature does not depend on ideas.
 */
@Stateless
@RolesAllowed(PortalRoles.SESSION_STAFF)
public class IdeasFromInsights {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private IdeaIntake intake;

    @Inject
    private Clock clock;

    /** Turns insights into an idea; the idea's process starts in the same transaction. */
    public IdeaSummary convert(@NotNull @Valid InsightConversion conversion) {
        Session session = find(Session.class, conversion.sessionId(), "session.not-found");
        Theme theme = find(Theme.class, conversion.themeId(), "idea.theme.unknown");
        Organisation proposer = find(Organisation.class, conversion.proposingOrganisationId(),
                "organisation.not-found");
        if (!proposer.isPartner()) {
            throw new PortalException("insight.convert.organisation-not-a-partner");
        }
        if (!session.covers(theme)) {
            throw new PortalException("insight.theme.not-in-session");
        }
        List<Insight> insights = conversion.insightIds().stream()
                .map(id -> find(Insight.class, id, "insight.not-found")).toList();
        Account converter = callerAccount.get();
        Idea idea = Idea.fromInsights(intake.nextNumber(), conversion.title().strip(),
                conversion.description().strip(), theme, session, insights, proposer, converter, clock.instant());
        intake.store(idea, converter.getUsername());
        return IdeaSummary.of(idea);
    }

    private <T> T find(Class<T> type, Long id, String messageKey) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw new NotFoundException(messageKey);
        }
        return entity;
    }
}
