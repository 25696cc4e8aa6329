package nl.samenduurzaam.portal.audit.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.audit.entity.AuditEvent;
import nl.samenduurzaam.portal.audit.entity.AuditOutcome;

import java.time.Clock;

/**
 * Writes the audit log. A refusal is written in a transaction of its own: the refused call rolls back, its audit
 * entry must stay.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String actor, String action, String targetType, String targetId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, targetType, targetId, AuditOutcome.REFUSED,
                detail));
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void done(String actor, String action, String targetType, String targetId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, targetType, targetId, AuditOutcome.DONE, detail));
    }
}
