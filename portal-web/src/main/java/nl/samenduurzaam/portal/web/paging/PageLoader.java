package nl.samenduurzaam.portal.web.paging;

import nl.samenduurzaam.portal.common.Page;

import java.io.Serializable;

/** Fetches one page of a list from a boundary; serializable because it lives in a view-scoped bean. */
@FunctionalInterface
public interface PageLoader<T> extends Serializable {

    Page<T> load(int page, int size);
}
