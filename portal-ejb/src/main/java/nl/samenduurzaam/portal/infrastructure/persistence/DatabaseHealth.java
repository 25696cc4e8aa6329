package nl.samenduurzaam.portal.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Whether the portal's database answers; used by the readiness check. */
@Stateless
@PermitAll
public class DatabaseHealth {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public boolean answers() {
        try {
            em.createNativeQuery("select 1").getSingleResult();
            return true;
        } catch (PersistenceException unreachable) {
            return false;
        }
    }
}
