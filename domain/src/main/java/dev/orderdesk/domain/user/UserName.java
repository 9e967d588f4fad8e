package dev.orderdesk.domain.user;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Text;

/**
 * A display name: 1–100 characters after trimming, no control characters.
 *
 * @param value the trimmed name
 */
public record UserName(String value) {

    /** The most characters (code points) a name may have. */
    public static final int MAX_LENGTH = 100;
    private static final String FIELD = "name";

    /**
     * Checks an already trimmed name; {@code VALIDATION_ERROR} on field {@code name} otherwise, including for input
     * with surrounding spaces (use {@link #parse(String)} for raw input).
     *
     * @param value the trimmed name
     */
    public UserName {
        Text.requirePresent(FIELD, value);
        Text.requireNoControlCharacters(FIELD, value);
        if (!value.equals(value.strip())) {
            // Raw input reaching the constructor is still the user's input, so it is refused like any other.
            throw DomainException.invalid(FIELD, "invalid_format", "must not start or end with spaces (UserName.parse trims)");
        }
        if (value.isEmpty()) {
            throw DomainException.invalid(FIELD, "too_short", "must not be blank");
        }
        if (Text.length(value) > MAX_LENGTH) {
            throw DomainException.invalid(FIELD, "too_long", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * Trims raw input and checks it.
     *
     * @param raw the name as typed, possibly null
     * @return the trimmed name
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code name}
     */
    public static UserName parse(String raw) {
        Text.requirePresent(FIELD, raw);
        return new UserName(raw.strip());
    }
}
