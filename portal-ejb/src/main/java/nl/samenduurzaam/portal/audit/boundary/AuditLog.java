package nl.samenduurzaam.portal.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.audit.entity.AuditEvent;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.util.List;

/** The audit log, read by the functional administrator. */
@Stateless
@RolesAllowed(PortalRoles.ADMIN)
public class AuditLog {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail trail;

    @Resource
    private SessionContext context;

    /**
     * Records a call the container refused because of the caller's role. The container checks roles before any
     * application code runs, so the portal, which made the call, reports it here.
     */
    @RolesAllowed(PortalRoles.SIGNED_IN)
    public void refusedByRole(@NotBlank @Size(max = 100) String action) {
        trail.refused(context.getCallerPrincipal().getName(), action, null, null, "role not allowed");
    }

    /** The newest entries of one person, newest first. */
    public List<AuditEntry> ofActor(@NotBlank @Size(max = 100) String actor, @Min(1) @Max(500) int limit) {
        return em.createNamedQuery(AuditEvent.BY_ACTOR, AuditEvent.class).setParameter("actor", actor)
                .setMaxResults(limit).getResultStream().map(AuditEntry::of).toList();
    }
}
