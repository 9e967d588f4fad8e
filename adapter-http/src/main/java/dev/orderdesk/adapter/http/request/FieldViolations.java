package dev.orderdesk.adapter.http.request;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the invalid fields of one request so they are reported together:
 * {@code violations.field("email", () -> Email.parse(email))}, then {@link #throwIfAny()}.
 */
public final class FieldViolations {

    private final List<Violation> violations = new ArrayList<>();

    /** Builds one value; a validation failure is recorded under {@code name} and {@code null} returned. */
    public <T> T field(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_ERROR) {
                throw e;
            }
            e.violations().forEach(v -> violations.add(v.field().isEmpty() ? v.inField(name) : v));
            return null;
        }
    }

    public void add(Violation violation) {
        violations.add(violation);
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }
}
