package dev.orderdesk.application.port.out;

import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens, grouped in families (every token descended from one login). Implementations make
 * {@link #consume} atomic: of two concurrent consumptions of one token, at most one sees {@code CONSUMED}.
 */
public interface RefreshTokenStore {

    void add(NewRefreshToken token);

    /** Marks the token consumed if it is usable now, and says what it found. */
    Consumption consume(RefreshTokenHash hash, Instant now);

    Optional<UUID> familyOf(RefreshTokenHash hash);

    void revokeFamily(UUID family, Instant now);

    void revokeAllOf(UserId user, Instant now);

    record NewRefreshToken(RefreshTokenHash hash, UserId user, UUID family, Instant createdAt, Instant expiresAt) {
        public NewRefreshToken {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** {@code user} and {@code family} are set for CONSUMED; {@code family} for REUSED. */
    record Consumption(Outcome outcome, UserId user, UUID family) {

        public static Consumption consumed(UserId user, UUID family) {
            return new Consumption(Outcome.CONSUMED, user, family);
        }

        public static Consumption reused(UUID family) {
            return new Consumption(Outcome.REUSED, null, family);
        }

        public static Consumption invalid() {
            return new Consumption(Outcome.INVALID, null, null);
        }
    }

    enum Outcome {
        /** It was usable and is now consumed. */
        CONSUMED,
        /** It had been consumed before: a sign of theft. */
        REUSED,
        /** Unknown, expired or revoked. */
        INVALID
    }
}
