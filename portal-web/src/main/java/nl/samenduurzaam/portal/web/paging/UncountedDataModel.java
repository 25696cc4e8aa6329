package nl.samenduurzaam.portal.web.paging;

import jakarta.faces.component.UIData;
import nl.samenduurzaam.portal.common.Page;
import org.omnifaces.util.Components;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * A lazy model for a PrimeFaces paginator that never counts all rows. The row count the paginator is given is what is
 * known: the rows up to the page shown, plus one while a next page exists. PrimeFaces asks for the count before it
 * loads a page and moves back to the last known page when asked beyond it; a next page always lies within that count.
 * Pages use {@link #getTemplate()} as the paginator template: a total of pages or rows is never known.
 */
public final class UncountedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Previous, "page n", next: the parts of a paginator that need no total. */
    private static final String TEMPLATE = "{PreviousPageLink} {CurrentPageReport} {NextPageLink}";

    private final PageLoader<T> loader;
    private final String tableId;
    private int knownRows;
    /** The first page, fetched by an action of this request: rendering shows it without fetching it again. */
    private transient Page<T> fetchedFirstPage;

    /**
     * @param tableId the client id of the table that shows the rows, put back on its first page by
     *                {@link #showFirstPage()}
     */
    public UncountedDataModel(PageLoader<T> loader, int pageSize, String tableId) {
        this.loader = loader;
        this.tableId = tableId;
        setPageSize(pageSize);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return knownRows;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = first == 0 && fetchedFirstPage != null && fetchedFirstPage.size() == pageSize
                ? fetchedFirstPage : loader.load(first / pageSize, pageSize);
        fetchedFirstPage = null;
        knownRows = first + page.items().size() + (page.hasNext() ? 1 : 0);
        setRowCount(knownRows);
        return page.items();
    }

    /**
     * Puts the table back on its first page and fetches it now, inside the action, so that a boundary's refusal (a
     * filter out of bounds) reaches the person as a message; the table then shows no rows rather than those of the
     * filter before.
     */
    public void showFirstPage() {
        UIData table = Components.findComponent(tableId);
        if (table != null) {
            table.setFirst(0);
        }
        knownRows = 0;
        fetchedFirstPage = new Page<>(List.of(), 0, getPageSize(), false);
        fetchedFirstPage = loader.load(0, getPageSize());
    }

    public String getTemplate() {
        return TEMPLATE;
    }
}
