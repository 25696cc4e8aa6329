package nl.samenduurzaam.portal.idea.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmitted;
import nl.samenduurzaam.portal.idea.entity.Idea;

import java.time.Clock;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * How a new idea enters the portal, whether a partner submits it or a facilitator converts insights: it gets its
 * number, is stored and announced, so that its process starts in the same transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdeaIntake {

    private static final Logger LOG = Logger.getLogger(IdeaIntake.class.getName());
    /** Idea numbers count per calendar year in the municipality's time zone. */
    private static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Amsterdam");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private IdeaNumbers numbers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<IdeaSubmitted> submitted;

    @Inject
    private Clock clock;

    public String nextNumber() {
        int year = clock.instant().atZone(MUNICIPALITY_ZONE).getYear();
        numbers.ensureCounter(year);
        return numbers.next(year);
    }

    public void store(Idea idea, String actor) {
        em.persist(idea);
        em.flush();
        submitted.fire(new IdeaSubmitted(idea.getId(), idea.getNumber(), idea.getTheme().getCode(),
                idea.getProposingOrganisation().getId(), actor));
        audit.done(actor, "idea.submit", "idea", idea.getNumber(), null);
        LOG.info(() -> actor + " submitted idea " + idea.getNumber());
    }
}
