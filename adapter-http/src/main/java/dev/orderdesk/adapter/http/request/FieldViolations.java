package dev.orderdesk.adapter.http.request;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects the invalid fields of one request so they are reported together:
 * {@code violations.field("email", () -> Email.parse(email))}, then {@link #throwIfAny()}. A result is empty exactly
 * when its field recorded a violation, so once {@link #throwIfAny()} has returned every result is present.
 */
public final class FieldViolations {

    private final List<Violation> violations = new ArrayList<>();

    /** Builds one value; a validation failure is recorded under {@code name} and the result is empty. */
    public <T> Optional<T> field(String name, Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_ERROR) {
                throw e;
            }
            e.violations().forEach(v -> violations.add(v.field().isEmpty() ? v.inField(name) : v));
            return Optional.empty();
        }
    }

    /** Builds a value validated on its own: a failure is thrown at once, named {@code name}. */
    public static <T> T single(String name, Supplier<T> parse) {
        FieldViolations violations = new FieldViolations();
        Optional<T> value = violations.field(name, parse);
        violations.throwIfAny();
        return value.orElseThrow();
    }

    /** The value, or the violation {@code missing} when the field was absent or null. */
    public static <T> T required(T value) {
        if (value == null) {
            throw DomainException.invalid("missing", "is required");
        }
        return value;
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }
}
