package dev.orderdesk.domain.user;

import java.util.Objects;

/**
 * A stored password hash in the hasher's own encoding; opaque to the domain and never printed.
 *
 * @param value the encoded hash, salt and parameters included as the hasher writes them
 */
public record PasswordHash(String value) {

    /**
     * Checks the hash is not blank; only a hasher or a store makes one, so a blank one is a programming error
     * ({@code IllegalArgumentException}).
     *
     * @param value the encoded hash
     */
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
