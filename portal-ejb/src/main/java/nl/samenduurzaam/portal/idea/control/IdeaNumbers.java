package nl.samenduurzaam.portal.idea.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import nl.samenduurzaam.portal.idea.entity.IdeaNumberCounter;

/**
 * Hands out idea numbers per year. A number is taken in a short transaction of its own, so the counter row is locked
 * only while it counts, not while the submission stores the idea and starts its process (concurrent submissions
 * queued behind that lock). Numbers are unique; a rolled-back submission leaves a gap, which is accepted.
 */
@Stateless
public class IdeaNumbers {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String next(int year) {
        IdeaNumberCounter counter = em.find(IdeaNumberCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("No idea number counter for " + year);
        }
        return counter.next();
    }

    /** Creates the year's counter in its own transaction; losing the race to another node is fine. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureCounter(int year) {
        if (em.find(IdeaNumberCounter.class, year) == null) {
            try {
                em.persist(new IdeaNumberCounter(year));
                em.flush();
            } catch (PersistenceException createdMeanwhile) {
                // the other transaction's row serves as well; this transaction is rolled back, nothing is lost
            }
        }
    }
}
