package nl.samenduurzaam.portal.web.task;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.organisation.boundary.OrganisationSummary;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.omnifaces.cdi.ViewScoped;

import java.io.Serializable;
import java.util.List;

/** The owner proposal (proposeOwner): the partner organisation asked to take the idea on. */
@Named
@ViewScoped
public class OwnerFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tasks tasks;

    @Inject
    private Organisations organisations;

    @Inject
    private TaskPageView page;

    private Long ownerId;
    private List<OrganisationSummary> partnerOrganisations;

    public void complete() {
        tasks.proposeOwner(page.getTask().taskId(), ownerId);
        page.done("task.owner.done");
    }

    public List<OrganisationSummary> getPartnerOrganisations() {
        if (partnerOrganisations == null) {
            partnerOrganisations = organisations.all().stream()
                    .filter(organisation -> organisation.type().isPartner()).toList();
        }
        return partnerOrganisations;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
