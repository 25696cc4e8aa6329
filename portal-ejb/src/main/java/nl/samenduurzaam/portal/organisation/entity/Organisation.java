package nl.samenduurzaam.portal.organisation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.ALL, query = "select o from Organisation o order by o.name")
public class Organisation {

    public static final String ALL = "Organisation.all";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationType type;

    @ElementCollection
    @CollectionTable(name = "organisation_contact", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public List<Contact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    public void addContact(Contact contact) {
        contacts.add(Objects.requireNonNull(contact));
    }

    public boolean isPartner() {
        return type.isPartner();
    }
}
