package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Text;

/**
 * A client-chosen key that makes a creation safe to retry: 1–255 printable ASCII characters, scoped to the caller.
 *
 * @param value the key as the client sent it
 */
public record IdempotencyKey(String value) {

    /** The longest key, in characters. */
    public static final int MAX_LENGTH = 255;
    private static final String FIELD = "idempotencyKey";

    /**
     * Checks the key is 1–{@value #MAX_LENGTH} printable ASCII characters; {@code VALIDATION_ERROR} on field
     * {@code idempotencyKey} otherwise.
     *
     * @param value the key as the client sent it
     */
    public IdempotencyKey {
        Text.requirePresent(FIELD, value);
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw DomainException.invalid(FIELD, "invalid_format", "must be 1-" + MAX_LENGTH + " printable ASCII characters");
        }
    }
}
