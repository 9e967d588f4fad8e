package dev.orderdesk.application.port.out;

import java.util.Objects;

/** The stored form of a refresh token (a hex digest); the token itself is never stored. */
public record RefreshTokenHash(String hex) {

    public RefreshTokenHash {
        Objects.requireNonNull(hex, "hex");
    }
}
