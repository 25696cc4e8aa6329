package nl.samenduurzaam.portal.web.idea;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.idea.boundary.PublishedIdea;
import nl.samenduurzaam.portal.idea.boundary.PublishedIdeas;
import nl.samenduurzaam.portal.web.paging.UncountedDataModel;
import org.omnifaces.cdi.ViewScoped;

import java.io.Serializable;

/** The public page's list of published ideas, a page at a time. */
@Named
@ViewScoped
public class PublishedIdeasView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 10;

    @Inject
    private PublishedIdeas publishedIdeas;

    private final UncountedDataModel<PublishedIdea> ideas = new UncountedDataModel<>(this::page, PAGE_SIZE,
            "published-form:published-ideas");

    private Page<PublishedIdea> page(int page, int size) {
        return publishedIdeas.page(page, size);
    }

    public UncountedDataModel<PublishedIdea> getIdeas() {
        return ideas;
    }
}
