package nl.samenduurzaam.portal.account.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.notification.control.Recipient;
import nl.samenduurzaam.portal.organisation.entity.Contact;
import nl.samenduurzaam.portal.organisation.entity.Organisation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who a mail reaches: people by their account's address, each in the language they chose for the portal. */
@Stateless
public class MailAddresses {

    /** An organisation's contact without an account reads the portal's first language. */
    private static final Locale CONTACT_LANGUAGE = Locale.forLanguageTag("nl");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * The organisation's people with an account and an address; when none has one, its contacts' addresses, so that
     * a task for the organisation never goes unannounced while somebody there can be reached.
     */
    public List<Recipient> ofOrganisation(Organisation organisation) {
        List<Recipient> people = em.createNamedQuery(Account.REACHABLE_IN_ORGANISATION, Account.class)
                .setParameter("organisation", organisation).getResultStream()
                .map(MailAddresses::recipient).toList();
        if (!people.isEmpty()) {
            return people;
        }
        return organisation.getContacts().stream().map(Contact::getEmail)
                .filter(address -> address != null && !address.isBlank())
                .map(address -> new Recipient(address, CONTACT_LANGUAGE)).toList();
    }

    public List<Recipient> withRole(String role) {
        return em.createNamedQuery(Account.REACHABLE_WITH_ROLE, Account.class).setParameter("role", role)
                .getResultStream().map(MailAddresses::recipient).toList();
    }

    public List<Recipient> ofUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().filter(account -> account.getEmail() != null).map(MailAddresses::recipient)
                .toList();
    }

    /** The person's roles (none for an unknown username). */
    public Set<String> rolesOf(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().map(Account::getRoles).map(Set::copyOf).orElse(Set.of());
    }

    static Recipient recipient(Account account) {
        return new Recipient(account.getEmail(), account.getLocale(), account.getUsername());
    }
}
