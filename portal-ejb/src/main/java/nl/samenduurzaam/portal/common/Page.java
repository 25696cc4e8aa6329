package nl.samenduurzaam.portal.common;

import java.util.List;

/**
 * One page of a list. Whether there is a next page is known from one row fetched beyond the page, so a list never
 * counts all its rows on every request.
 */
public record Page<T>(List<T> items, int page, int size, boolean hasNext) {

    public static final int MAX_SIZE = 100;

    public Page {
        items = List.copyOf(items);
    }

    /** Builds the page from up to {@code size + 1} fetched rows. */
    public static <T> Page<T> of(List<T> fetched, int page, int size) {
        boolean more = fetched.size() > size;
        return new Page<>(more ? fetched.subList(0, size) : fetched, page, size, more);
    }
}
