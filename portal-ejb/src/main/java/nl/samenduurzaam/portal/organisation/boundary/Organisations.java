package nl.samenduurzaam.portal.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.common.SingleLineText;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.util.List;

/** The organisations taking part: all of them for the municipality's staff, its own for a partner. */
@Stateless
public class Organisations {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({PortalRoles.FACILITATOR, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER,
            PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
    public List<OrganisationSummary> all() {
        return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultStream()
                .map(OrganisationSummary::of).toList();
    }

    /** A new organisation taking part; names are unique, whatever their capitals. */
    @RolesAllowed(PortalRoles.ADMIN)
    public OrganisationSummary add(@NotBlank(message = "{organisation.name.required}")
                                   @Size(max = 200, message = "{organisation.name.too-long}")
                                   @SingleLineText
                                   String name,
                                   @NotNull(message = "{organisation.type.required}") OrganisationType type) {
        String cleaned = name.strip();
        boolean taken = em.createNamedQuery(Organisation.ALL, Organisation.class).getResultStream()
                .anyMatch(organisation -> organisation.getName().equalsIgnoreCase(cleaned));
        if (taken) {
            throw new PortalException("organisation.name.taken");
        }
        Organisation organisation = new Organisation(cleaned, type);
        em.persist(organisation);
        em.flush();
        audit.done(caller.username(), "organisation.add", "organisation", String.valueOf(organisation.getId()),
                cleaned);
        return OrganisationSummary.of(organisation);
    }
}
