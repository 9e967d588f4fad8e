package dev.orderdesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects the invalid fields of one input so that every driving adapter reports them together, each under the name
 * its caller knows: {@code violations.field("email", () -> Email.parse(email))} for every field, then
 * {@link #throwIfAny()}. A result is empty exactly when its field recorded a violation, so once {@link #throwIfAny()}
 * has returned every result is present.
 *
 * <p>The name given to {@link #field} replaces the field the core named (a JSON path such as
 * {@code items[2].quantity}, a command-line option such as {@code --email}). Only {@code VALIDATION_ERROR} is
 * collected; any other failure, such as {@code ORDER_TOTAL_OVERFLOW}, is thrown on at once. Not thread-safe: one
 * collector serves one input on one thread.
 */
public final class FieldViolations {

    private final List<Violation> violations = new ArrayList<>();

    /** Starts an empty collector. */
    public FieldViolations() {
    }

    /**
     * Builds one value; a validation failure is recorded under {@code name} and the result is empty.
     *
     * @param name  the field as the caller knows it
     * @param build builds the value, throwing {@link DomainException} {@code VALIDATION_ERROR} when it is invalid
     * @param <T>   the type of the value
     * @return the value, or empty when it was invalid
     * @throws DomainException any failure other than {@code VALIDATION_ERROR}
     */
    public <T> Optional<T> field(String name, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_ERROR) {
                throw e;
            }
            e.violations().forEach(v -> violations.add(v.inField(name)));
            return Optional.empty();
        }
    }

    /**
     * Builds a value validated on its own: a failure is thrown at once, named {@code name}.
     *
     * @param name  the field as the caller knows it
     * @param build builds the value
     * @param <T>   the type of the value
     * @return the value
     * @throws DomainException {@code VALIDATION_ERROR} naming {@code name} when the value is invalid
     */
    public static <T> T single(String name, Supplier<T> build) {
        FieldViolations violations = new FieldViolations();
        Optional<T> value = violations.field(name, build);
        violations.throwIfAny();
        return value.orElseThrow();
    }

    /**
     * The value, or the violation {@code missing} when it is absent; meant for use inside {@link #field}, which names
     * it.
     *
     * @param value the value, possibly null
     * @param <T>   the type of the value
     * @return the value, never null
     * @throws DomainException {@code VALIDATION_ERROR} of type {@code missing} when {@code value} is null
     */
    public static <T> T required(T value) {
        if (value == null) {
            throw DomainException.invalid("missing", "is required");
        }
        return value;
    }

    /**
     * The violations recorded so far, in the order they were found.
     *
     * @return an unmodifiable copy
     */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /**
     * Throws every violation recorded, together; returns when there is none.
     *
     * @throws DomainException {@code VALIDATION_ERROR} listing every violation
     */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }
}
