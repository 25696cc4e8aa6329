package nl.samenduurzaam.portal.idea.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.idea.entity.Idea;

import java.util.List;

/** The ideas the programme has published, for the public page: anybody may read them, without logging in. */
@Stateless
@PermitAll
public class PublishedIdeas {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Newest first; one row beyond the page tells whether more follow. */
    public Page<PublishedIdea> page(@Min(0) int page, @Min(1) @Max(Page.MAX_SIZE) int size) {
        List<PublishedIdea> rows = em.createNamedQuery(Idea.PUBLISHED, Idea.class)
                .setFirstResult(page * size).setMaxResults(size + 1)
                .getResultStream().map(PublishedIdea::of).toList();
        return Page.of(rows, page, size);
    }
}
