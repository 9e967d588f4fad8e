package dev.orderdesk.domain.user;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Text;

/** A display name: 1–100 characters after trimming, no control characters. */
public record UserName(String value) {

    public static final int MAX_LENGTH = 100;

    public UserName {
        Text.requirePresent(value);
        Text.requireNoControlCharacters(value);
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException("UserName must be trimmed; use UserName.parse");
        }
        if (value.isEmpty()) {
            throw DomainException.invalid("too_short", "must not be blank");
        }
        if (Text.length(value) > MAX_LENGTH) {
            throw DomainException.invalid("too_long", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static UserName parse(String raw) {
        Text.requirePresent(raw);
        return new UserName(raw.strip());
    }
}
