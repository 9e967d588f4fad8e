package dev.orderdesk.domain.user;

import java.util.Objects;

/** A stored password hash in the hasher's own encoding; opaque to the domain and never printed. */
public record PasswordHash(String value) {

    public PasswordHash {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a password hash cannot be blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
