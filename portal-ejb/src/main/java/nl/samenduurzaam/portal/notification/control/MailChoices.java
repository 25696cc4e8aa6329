package nl.samenduurzaam.portal.notification.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.notification.entity.MailChoice;
import nl.samenduurzaam.portal.notification.entity.MailKind;
import nl.samenduurzaam.portal.notification.entity.MailPreference;

import java.util.EnumMap;
import java.util.Map;

/** What people chose for the kinds of mail that may be switched off (the kind's default, when they chose nothing). */
@Stateless
public class MailChoices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public MailChoice of(String username, MailKind kind) {
        if (kind.isRequired()) {
            return MailChoice.IMMEDIATELY;
        }
        MailPreference preference = em.find(MailPreference.class, new MailPreference.Key(username, kind));
        return preference == null ? kind.defaultChoice() : preference.getChoice();
    }

    /** Every optional kind with the person's choice. */
    public Map<MailKind, MailChoice> all(String username) {
        Map<MailKind, MailChoice> choices = new EnumMap<>(MailKind.class);
        for (MailKind kind : MailKind.values()) {
            if (!kind.isRequired()) {
                choices.put(kind, kind.defaultChoice());
            }
        }
        em.createNamedQuery(MailPreference.OF_PERSON, MailPreference.class).setParameter("username", username)
                .getResultStream().forEach(preference -> choices.put(preference.getKind(), preference.getChoice()));
        return choices;
    }

    public void choose(String username, MailKind kind, MailChoice choice) {
        MailPreference preference = em.find(MailPreference.class, new MailPreference.Key(username, kind));
        if (preference == null) {
            em.persist(new MailPreference(username, kind, choice));
        } else {
            preference.choose(choice);
        }
    }
}
