package nl.samenduurzaam.portal.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The rounds that run once a day (the digest, the session reminders) on whichever node's timer fires first: the day's
 * row is the round's claim, and of two nodes inserting it at once one fails on the key and leaves the round alone.
 */
@Stateless
public class DailyRounds {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * True for the first caller of the day's round; false when the round ran already. A caller that lost the race
     * sees an exception from this call and leaves the round alone as well.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String name, LocalDate day) {
        long done = ((Number) em.createNativeQuery("select count(*) from daily_round where name = ? and run_date = ?")
                .setParameter(1, name).setParameter(2, Date.valueOf(day)).getSingleResult()).longValue();
        if (done > 0) {
            return false;
        }
        em.createNativeQuery("insert into daily_round (name, run_date, started_at) values (?, ?, ?)")
                .setParameter(1, name).setParameter(2, Date.valueOf(day))
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        return true;
    }
}
