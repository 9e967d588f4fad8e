package dev.orderdesk.application.port.out;

import java.util.Objects;

/**
 * The stored form of a refresh token (a hex digest); the token itself is never stored.
 *
 * @param hex the digest in hexadecimal
 */
public record RefreshTokenHash(String hex) {

    /**
     * Checks the digest is present.
     *
     * @param hex the digest in hexadecimal
     */
    public RefreshTokenHash {
        Objects.requireNonNull(hex, "hex");
    }
}
