package dev.orderdesk.adapter.http.error;

import dev.orderdesk.domain.Violation;
import java.util.List;

/**
 * A 422 {@code VALIDATION_ERROR} whose violations were counted but, past the first few, not kept: the body that
 * caused it may have had any number of bad fields, and remembering each would cost memory per field.
 *
 * @param count every violation found, at least {@code shown.size()}
 */
public final class InvalidFields extends RuntimeException {

    private final List<Violation> shown;
    private final long count;

    public InvalidFields(List<Violation> shown, long count) {
        super(HttpWording.VALIDATION_FAILED, null, false, false);
        this.shown = List.copyOf(shown);
        this.count = Math.max(count, shown.size());
    }

    public List<Violation> shown() {
        return shown;
    }

    public long count() {
        return count;
    }
}
