package nl.samenduurzaam.portal.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.util.List;

/** The organisations taking part: all of them for the municipality's staff, its own for a partner. */
@Stateless
public class Organisations {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerAccount caller;

    @RolesAllowed({PortalRoles.FACILITATOR, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER,
            PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
    public List<OrganisationSummary> all() {
        return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultStream()
                .map(OrganisationSummary::of).toList();
    }

    @RolesAllowed(PortalRoles.PARTNER)
    public OrganisationSummary mine() {
        return caller.get().getOrganisation().map(OrganisationSummary::of)
                .orElseThrow(() -> new NotFoundException("organisation.not-found"));
    }
}
