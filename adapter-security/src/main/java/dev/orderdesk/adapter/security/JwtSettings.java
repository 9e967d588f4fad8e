package dev.orderdesk.adapter.security;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How access tokens are signed and checked.
 *
 * @param secretKey         signs new tokens and verifies them (HS256)
 * @param previousSecretKey during a key rollover, tokens signed with it are still accepted
 * @param leeway            clock skew tolerated on {@code exp}/{@code iat}; at most 30 seconds
 */
public record JwtSettings(byte[] secretKey, Optional<byte[]> previousSecretKey, String issuer, String audience,
                          Duration lifetime, Duration leeway) {

    public static final int MIN_KEY_BYTES = 32;
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);
    public static final Duration MAX_LIFETIME = Duration.ofDays(1);
    public static final Duration DEFAULT_LEEWAY = Duration.ofSeconds(10);

    public JwtSettings {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(previousSecretKey, "previousSecretKey");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        if (secretKey.length < MIN_KEY_BYTES || previousSecretKey.map(key -> key.length < MIN_KEY_BYTES).orElse(false)) {
            throw new IllegalArgumentException("HS256 keys must be at least 32 bytes");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
        if (leeway.isNegative() || leeway.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("leeway must be between 0 and 30 seconds");
        }
    }

    @Override
    public String toString() {
        return "JwtSettings[issuer=" + issuer + ", audience=" + audience + ", lifetime=" + lifetime + "]";
    }
}
