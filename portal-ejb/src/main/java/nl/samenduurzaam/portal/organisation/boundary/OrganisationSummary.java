package nl.samenduurzaam.portal.organisation.boundary;

import nl.samenduurzaam.portal.organisation.entity.Contact;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;

import java.io.Serializable;
import java.util.List;

public record OrganisationSummary(long id, String name, OrganisationType type, List<ContactView> contacts)
        implements Serializable {

    public record ContactView(String name, String email, String phone, String functionTitle) implements Serializable {
    }

    public static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getName(), organisation.getType(),
                organisation.getContacts().stream().map(OrganisationSummary::view).toList());
    }

    private static ContactView view(Contact contact) {
        return new ContactView(contact.getName(), contact.getEmail(), contact.getPhone(), contact.getFunctionTitle());
    }
}
