package nl.samenduurzaam.portal.it.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.time.LocalDate;
import java.util.Set;

/**
 * Test-only, added to the EJB module of the test deployment (the persistence unit is that module's): stores a session
 * as the demo data does, for {@link SessionFixtureServlet}. The portal has no page to plan a session: the programme
 * plans them beforehand.
 */
@Stateless
public class SessionPlanner {

    private static final String FACILITATOR = "Brightlands Innovation Factory";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A session on one day two weeks ahead, under the theme with this code, run by the demo's facilitator. */
    public void plan(String title, String themeCode, boolean openForRegistration) {
        Organisation facilitator = em.createQuery("select o from Organisation o where o.name = :name",
                Organisation.class).setParameter("name", FACILITATOR).getSingleResult();
        Theme theme = em.createQuery("select t from Theme t where t.name.code = :code", Theme.class)
                .setParameter("code", themeCode).getSingleResult();
        Session session = new Session(title, "Een sessie van een test: " + title, facilitator, Set.of(theme));
        session.addDay(LocalDate.now().plusDays(14), "Stadskantoor, Sittard")
                .addAgendaItem("10:00", "Opening en verdieping");
        if (openForRegistration) {
            session.moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
        }
        em.persist(session);
    }
}
