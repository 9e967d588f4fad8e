package dev.orderdesk.adapter.http.request;

import dev.orderdesk.adapter.http.error.ErrorResponse;
import dev.orderdesk.domain.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The transport violations of one body, in constant memory: the first {@link ErrorResponse#MAX_DETAILS} are kept,
 * the rest only counted. The paths of known fields that were dropped are kept in full (their number is bounded by the
 * record's shape and the array limit, not by the body), so the domain's "missing" for them can be left out.
 */
final class CappedViolations {

    private final List<Violation> shown = new ArrayList<>();
    private final Set<String> droppedFields = new HashSet<>();
    private long count;

    /** A field the record does not have. */
    void unknown(String path) {
        add(new Violation(path, "is not a known field", "extra_forbidden"));
    }

    /** A known field whose value cannot be bound; it is left out of the record. */
    void dropped(String path, String message, String type) {
        droppedFields.add(path);
        add(new Violation(path, message, type));
    }

    void add(Violation violation) {
        count++;
        if (shown.size() < ErrorResponse.MAX_DETAILS) {
            shown.add(violation);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    boolean wasDropped(String field) {
        return droppedFields.contains(field);
    }

    List<Violation> shown() {
        return shown;
    }

    long count() {
        return count;
    }
}
