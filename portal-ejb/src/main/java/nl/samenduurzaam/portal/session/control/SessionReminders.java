package nl.samenduurzaam.portal.session.control;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.notification.control.DailyRounds;
import nl.samenduurzaam.portal.session.entity.Session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * At nine in the morning, once per day however many nodes run: everybody registered for a session with a day
 * tomorrow is reminded, with the programme.
 */
@Singleton
public class SessionReminders {

    static final String ROUND = "session-reminders";
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private DailyRounds rounds;

    @Inject
    private SessionMail mail;

    @Inject
    private Clock clock;

    @Schedule(hour = "9", minute = "0", timezone = "Europe/Amsterdam", persistent = false, info = "session reminders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), MUNICIPALITY);
        try {
            if (rounds.claim(ROUND, today)) {
                remindOf(today.plusDays(1));
            }
        } catch (EJBException anotherNodeWasFirst) {
            // the other node reminds
        }
    }

    /** Reminds everybody registered for a session with a day on {@code day}; answers how many sessions. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remindOf(LocalDate day) {
        List<Session> sessions = em.createNamedQuery(Session.WITH_DAY_ON, Session.class).setParameter("date", day)
                .getResultList();
        sessions.forEach(mail::tomorrow);
        return sessions.size();
    }
}
