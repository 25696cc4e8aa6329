package nl.samenduurzaam.portal.it.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.insight.entity.Insight;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Test-only, added to the EJB module of the test deployment (the persistence unit is that module's): stores a session
 * as the demo data does, for {@link SessionFixtureServlet}. The portal has no page to plan a session: the programme
 * plans them beforehand.
 */
@Stateless
public class SessionPlanner {

    private static final String FACILITATOR = "Brightlands Innovation Factory";
    private static final String FACILITATOR_ACCOUNT = "procesbegeleider";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * A session running today, under the theme with this code, that these accounts registered for, with its dot vote
     * open (or not, with 0 dots): the session room as it is in the middle of a session. Answers its id.
     */
    public long running(String title, String themeCode, List<String> participants, int dots) {
        return running(title, themeCode, participants, dots, List.of());
    }

    /** As {@link #running(String, String, List, int)}, with these insights on the board already. */
    public long running(String title, String themeCode, List<String> participants, int dots,
                        List<String> insights) {
        Theme theme = theme(themeCode);
        Session session = new Session(title, "Een lopende sessie van een test: " + title, facilitator(),
                Set.of(theme));
        session.addDay(LocalDate.now(), "Stadskantoor, Sittard").addAgendaItem("10:00", "Inzichten en stemmen");
        session.moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
        for (String username : participants) {
            session.register(account(username), Instant.now());
        }
        session.moveTo(SessionStatus.RUNNING);
        if (dots > 0) {
            session.openVoting(dots);
        }
        em.persist(session);
        Account author = account(FACILITATOR_ACCOUNT);
        insights.forEach(text -> em.persist(new Insight(session, theme, text, author, Instant.now())));
        em.flush();
        return session.getId();
    }

    private Account account(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username).getSingleResult();
    }

    private Organisation facilitator() {
        return em.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
                .setParameter("name", FACILITATOR).getSingleResult();
    }

    private Theme theme(String themeCode) {
        return em.createQuery("select t from Theme t where t.name.code = :code", Theme.class)
                .setParameter("code", themeCode).getSingleResult();
    }

    /** A session on one day two weeks ahead, under the theme with this code, run by the demo's facilitator. */
    public void plan(String title, String themeCode, boolean openForRegistration) {
        plan(title, themeCode, openForRegistration, LocalDate.now().plusDays(14));
    }

    /** As {@link #plan(String, String, boolean)}, on {@code day}; answers its id. */
    public long plan(String title, String themeCode, boolean openForRegistration, LocalDate day) {
        Session session = new Session(title, "Een sessie van een test: " + title, facilitator(),
                Set.of(theme(themeCode)));
        session.addDay(day, "Stadskantoor, Sittard")
                .addAgendaItem("10:00", "Opening en verdieping")
                .addAgendaItem("12:30", "Lunch en afsluiting");
        if (openForRegistration) {
            session.moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
        }
        em.persist(session);
        em.flush();
        return session.getId();
    }
}
