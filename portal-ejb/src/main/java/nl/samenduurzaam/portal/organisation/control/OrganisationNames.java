package nl.samenduurzaam.portal.organisation.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.organisation.entity.Organisation;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The names of organisations by id, in one query. */
@Stateless
public class OrganisationNames {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The names of those of the organisations that exist; an empty collection asks nothing. */
    public Map<Long, String> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }
}
