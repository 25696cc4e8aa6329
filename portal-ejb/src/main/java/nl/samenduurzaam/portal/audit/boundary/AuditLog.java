package nl.samenduurzaam.portal.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.audit.entity.AuditEvent;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.util.List;

/** The audit log, read by the functional administrator. */
@Stateless
@RolesAllowed(PortalRoles.ADMIN)
public class AuditLog {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The newest entries of one person, newest first. */
    public List<AuditEntry> ofActor(@NotBlank @Size(max = 100) String actor, @Min(1) @Max(500) int limit) {
        return em.createNamedQuery(AuditEvent.BY_ACTOR, AuditEvent.class).setParameter("actor", actor)
                .setMaxResults(limit).getResultStream().map(AuditEntry::of).toList();
    }
}
