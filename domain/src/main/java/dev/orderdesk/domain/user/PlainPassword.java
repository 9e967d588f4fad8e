package dev.orderdesk.domain.user;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Text;

/**
 * A password as typed by its owner: 8–64 characters, kept only until it is hashed.
 *
 * <p>Never trimmed (spaces are legitimate) and never printed: {@link #toString()} is masked.
 */
public final class PlainPassword {

    /** The fewest characters (code points) a password may have. */
    public static final int MIN_LENGTH = 8;
    /** The most characters (code points) a password may have. */
    public static final int MAX_LENGTH = 64;
    private static final String FIELD = "password";

    private final String value;

    private PlainPassword(String value) {
        this.value = value;
    }

    /**
     * Checks a password as typed.
     *
     * @param raw the password, possibly null
     * @return the password
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code password}
     */
    public static PlainPassword of(String raw) {
        Text.requirePresent(FIELD, raw);
        if (raw.indexOf('\u0000') >= 0) {
            throw DomainException.invalid(FIELD, "invalid_character", "must not contain NUL characters");
        }
        int length = Text.length(raw);
        if (length < MIN_LENGTH) {
            throw DomainException.invalid(FIELD, "too_short", "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw DomainException.invalid(FIELD, "too_long", "must be at most " + MAX_LENGTH + " characters");
        }
        return new PlainPassword(raw);
    }

    /**
     * The secret itself, for the password hasher only.
     *
     * @return the password exactly as typed
     */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "PlainPassword[***]";
    }
}
