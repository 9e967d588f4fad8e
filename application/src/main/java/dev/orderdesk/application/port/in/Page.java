package dev.orderdesk.application.port.in;

import java.util.List;

/**
 * One page of results and the number of results across all pages.
 *
 * @param items the results on this page, in order
 * @param total how many results all pages hold together
 * @param <T>   the type of a result
 */
public record Page<T>(List<T> items, long total) {

    /**
     * Copies the items, so the page cannot change afterwards.
     *
     * @param items the results on this page
     * @param total how many results all pages hold together
     */
    public Page {
        items = List.copyOf(items);
    }
}
