package dev.orderdesk.domain.user;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A normalised email address: trimmed and lower-cased, so that two spellings of one address are equal.
 *
 * <p>The syntax check is deliberately pragmatic (one {@code @}, a dotted domain, no spaces): the only
 * real proof of an address is a message delivered to it.
 *
 * @param value the normalised address
 */
public record Email(String value) {

    /** The longest address, in characters. */
    public static final int MAX_LENGTH = 254;
    private static final String FIELD = "email";
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile(
            "^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    /**
     * Checks an already normalised address; {@code VALIDATION_ERROR} on field {@code email} otherwise, including for
     * input that is not trimmed or not lower case (use {@link #parse(String)} for raw input).
     *
     * @param value the normalised address
     */
    public Email {
        Text.requirePresent(FIELD, value);
        Text.requireNoControlCharacters(FIELD, value);
        if (!value.equals(value.strip().toLowerCase(Locale.ROOT))) {
            // Raw input reaching the constructor is still the user's input, so it is refused like any other.
            throw DomainException.invalid(FIELD, "invalid_format", "must be trimmed and in lower case (Email.parse does both)");
        }
        if (value.isEmpty()) {
            throw DomainException.invalid(FIELD, "missing", "must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw DomainException.invalid(FIELD, "too_long", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches() || !hasValidLocalPart(value)) {
            throw DomainException.invalid(FIELD, "invalid_format", "must be a valid email address");
        }
    }

    /**
     * Normalises raw input (trims, lower-cases) and checks it.
     *
     * @param raw the address as typed, possibly null
     * @return the normalised address
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code email}
     */
    public static Email parse(String raw) {
        Text.requirePresent(FIELD, raw);
        return new Email(raw.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean hasValidLocalPart(String value) {
        String local = value.substring(0, value.indexOf('@'));
        return local.length() <= MAX_LOCAL_PART_LENGTH
                && !local.startsWith(".")
                && !local.endsWith(".")
                && !local.contains("..");
    }
}
