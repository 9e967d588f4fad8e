package dev.orderdesk.domain;

import java.util.Objects;

/**
 * One broken rule of one input value.
 *
 * @param field   where the value came from; empty until a driving adapter names it (for instance a JSON field)
 * @param message what is wrong, safe to show to the caller (never echoes the value)
 * @param type    a short machine-readable reason such as {@code too_long} or {@code missing}
 */
public record Violation(String field, String message, String type) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(type, "type");
    }

    public static Violation of(String type, String message) {
        return new Violation("", message, type);
    }

    public Violation inField(String name) {
        return new Violation(name, message, type);
    }
}
