package dev.orderdesk.application.port.in;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * An offset page: {@code offset} ≥ 0 and {@code limit} between 1 and {@value #MAX_LIMIT}.
 *
 * @param offset how many results to skip
 * @param limit  at most this many results
 */
public record PageRequest(long offset, int limit) {

    /** The page size when the caller names none. */
    public static final int DEFAULT_LIMIT = 100;
    /** The largest page size. */
    public static final int MAX_LIMIT = 1000;

    /**
     * Checks both bounds at once: {@code VALIDATION_ERROR} naming {@code offset}, {@code limit} or both.
     *
     * @param offset how many results to skip
     * @param limit  at most this many results
     */
    public PageRequest {
        List<Violation> violations = new ArrayList<>();
        if (offset < 0) {
            violations.add(new Violation("offset", "must be at least 0", "out_of_range"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(new Violation("limit", "must be between 1 and " + MAX_LIMIT, "out_of_range"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }

    /**
     * The first page at the default size.
     *
     * @return offset 0, limit {@value #DEFAULT_LIMIT}
     */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }
}
