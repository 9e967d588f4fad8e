package dev.orderdesk.application.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a refresh token (and so a login session without activity) lives.
 *
 * @param refreshTokenLifetime from a token's issue to its expiry
 */
public record SessionSettings(Duration refreshTokenLifetime) {

    /** A week. */
    public static final SessionSettings DEFAULTS = new SessionSettings(Duration.ofDays(7));
    /** The longest lifetime configuration accepts, a year. */
    public static final Duration MAX_REFRESH_TOKEN_LIFETIME = Duration.ofDays(365);

    /**
     * Checks the lifetime is positive; a programming error otherwise, as configuration validates first.
     *
     * @param refreshTokenLifetime from a token's issue to its expiry
     */
    public SessionSettings {
        Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
        if (refreshTokenLifetime.isNegative() || refreshTokenLifetime.isZero()) {
            throw new IllegalArgumentException("refreshTokenLifetime must be positive");
        }
    }
}
