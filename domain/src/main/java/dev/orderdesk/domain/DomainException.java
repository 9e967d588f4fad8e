package dev.orderdesk.domain;

import java.util.List;
import java.util.Objects;

/** A failure with a stable {@link ErrorCode}; the only exception type the core throws for expected outcomes. */
public class DomainException extends RuntimeException {

    /** What went wrong, from the stable catalogue. */
    private final ErrorCode code;
    /** The input values at fault; empty when the failure concerns no single value. */
    private final List<Violation> violations;

    /**
     * A failure that concerns no single input value.
     *
     * @param code    what went wrong, from the stable catalogue
     * @param message what went wrong in words, safe to show to the caller
     */
    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    /**
     * A failure caused by a lower-level one (a lost database, for instance), kept for the logs.
     *
     * @param code    what went wrong, from the stable catalogue
     * @param message what went wrong in words, safe to show to the caller
     * @param cause   the lower-level failure; never shown to the caller
     */
    public DomainException(ErrorCode code, String message, Throwable cause) {
        this(code, message, List.of(), cause);
    }

    /**
     * A failure caused by input, naming the fields at fault, with a code of its own (such as
     * {@code ORDER_TOTAL_OVERFLOW}); plain invalid values are {@link #invalid(String, String, String)}.
     *
     * @param code       what went wrong, from the stable catalogue
     * @param message    what went wrong in words, safe to show to the caller
     * @param violations the fields at fault
     */
    public DomainException(ErrorCode code, String message, List<Violation> violations) {
        this(code, message, violations, null);
    }

    private DomainException(ErrorCode code, String message, List<Violation> violations, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.violations = List.copyOf(violations);
    }

    /**
     * An invalid input value, named by the core: a value object names the field it fills ({@code quantity}).
     *
     * @param field   the value's name in the core
     * @param type    a short machine-readable reason such as {@code out_of_range}
     * @param message what is wrong, never echoing the value
     * @return a {@code VALIDATION_ERROR} with one violation
     */
    public static DomainException invalid(String field, String type, String message) {
        return invalid(List.of(new Violation(field, message, type)));
    }

    /**
     * An invalid input value whose name only the caller knows: for checks that run inside
     * {@link FieldViolations#field}, which names it.
     *
     * @param type    a short machine-readable reason such as {@code missing}
     * @param message what is wrong, never echoing the value
     * @return a {@code VALIDATION_ERROR} with one violation whose field is empty
     */
    public static DomainException invalid(String type, String message) {
        return invalid(List.of(Violation.of(type, message)));
    }

    /**
     * Several invalid input values, reported together.
     *
     * @param violations at least one
     * @return a {@code VALIDATION_ERROR} listing them
     */
    public static DomainException invalid(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid-input failure needs at least one violation");
        }
        return new DomainException(ErrorCode.VALIDATION_ERROR, "Validation failed", violations, null);
    }

    /**
     * The stable code a driving adapter maps (through its {@link ErrorKind}) to its own vocabulary.
     *
     * @return the code
     */
    public ErrorCode code() {
        return code;
    }

    /**
     * The input values at fault, each with its field; empty when the failure concerns no single value.
     *
     * @return an unmodifiable list
     */
    public List<Violation> violations() {
        return violations;
    }
}
