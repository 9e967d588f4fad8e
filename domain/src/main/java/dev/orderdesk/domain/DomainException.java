package dev.orderdesk.domain;

import java.util.List;
import java.util.Objects;

/** A failure with a stable {@link ErrorCode}; the only exception type the core throws for expected outcomes. */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final List<Violation> violations;

    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public DomainException(ErrorCode code, String message, Throwable cause) {
        this(code, message, List.of(), cause);
    }

    private DomainException(ErrorCode code, String message, List<Violation> violations, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.violations = List.copyOf(violations);
    }

    /** An invalid input value; the violation's field is filled in by the adapter that knows it. */
    public static DomainException invalid(String type, String message) {
        return invalid(List.of(Violation.of(type, message)));
    }

    /** Several invalid input values, reported together. */
    public static DomainException invalid(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid-input failure needs at least one violation");
        }
        return new DomainException(ErrorCode.VALIDATION_ERROR, "Validation failed", violations, null);
    }

    public ErrorCode code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }
}
