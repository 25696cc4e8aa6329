package nl.samenduurzaam.portal.idea.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.idea.entity.Idea;

import java.util.Optional;

/** Finds an idea by its number for the boundaries; who may see it is for each boundary to decide. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdeaLookup {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<Idea> find(String number) {
        return em.createNamedQuery(Idea.BY_NUMBER, Idea.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public Idea load(String number) {
        return find(number).orElseThrow(() -> new NotFoundException("idea.not-found", number));
    }
}
