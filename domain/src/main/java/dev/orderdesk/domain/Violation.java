package dev.orderdesk.domain;

import java.util.Objects;

/**
 * One broken rule of one input value.
 *
 * @param field   which value: the core names the field a value object fills ({@code email}, {@code quantity},
 *                {@code unitPrice}); a driving adapter renames it to what its caller sent ({@code items[0].quantity},
 *                {@code --email}) through {@link FieldViolations}. Empty only for a check that runs inside
 *                {@link FieldViolations#field}, which names it
 * @param message what is wrong, safe to show to the caller (never echoes the value)
 * @param type    a short machine-readable reason such as {@code too_long} or {@code missing}
 */
public record Violation(String field, String message, String type) {

    /**
     * Checks that all three parts are present.
     *
     * @param field   which value, possibly empty
     * @param message what is wrong
     * @param type    a short machine-readable reason
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(type, "type");
    }

    /**
     * A violation whose field the caller names later, through {@link #inField(String)}.
     *
     * @param type    a short machine-readable reason
     * @param message what is wrong
     * @return a violation with an empty field
     */
    public static Violation of(String type, String message) {
        return new Violation("", message, type);
    }

    /**
     * The same violation under another field name.
     *
     * @param name the field as the caller knows it
     * @return a copy named {@code name}
     */
    public Violation inField(String name) {
        return new Violation(name, message, type);
    }
}
