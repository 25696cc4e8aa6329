package nl.samenduurzaam.portal.theme.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.util.List;

/** The programme's themes (opgaven): public reference data. */
@Stateless
@PermitAll
public class Themes {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public List<ThemeSummary> all() {
        return em.createNamedQuery(Theme.ALL, Theme.class).getResultStream().map(ThemeSummary::of).toList();
    }
}
