package nl.samenduurzaam.portal.web.idea;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.idea.boundary.PublishedIdea;
import nl.samenduurzaam.portal.idea.boundary.PublishedIdeas;
import org.omnifaces.cdi.ViewScoped;

import java.io.Serializable;
import java.util.List;

/** The public page's list of published ideas, a page at a time. */
@Named
@ViewScoped
public class PublishedIdeasView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 10;

    @Inject
    private PublishedIdeas publishedIdeas;

    private int page;
    private Page<PublishedIdea> rows;

    @PostConstruct
    void load() {
        rows = publishedIdeas.page(page, PAGE_SIZE);
    }

    public void next() {
        if (rows.hasNext()) {
            page++;
            load();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            load();
        }
    }

    public List<PublishedIdea> getIdeas() {
        return rows.items();
    }

    public boolean isHasNext() {
        return rows.hasNext();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }
}
