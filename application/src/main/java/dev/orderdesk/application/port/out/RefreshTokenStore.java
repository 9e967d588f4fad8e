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

    /**
     * Stores a freshly issued token; only its hash, so a leaked table holds no usable token.
     *
     * @param token the token to store
     */
    void add(NewRefreshToken token);

    /**
     * Marks the token consumed if it is usable now, and says what it found.
     *
     * @param hash the hash of the presented token
     * @param now  the instant expiry is judged at and the consumption recorded with
     * @return consumed (with its user and family), reused (with its family) or invalid
     */
    Consumption consume(RefreshTokenHash hash, Instant now);

    /**
     * The family a token belongs to, whatever its state; logout uses it to end the whole session.
     *
     * @param hash the hash of the presented token
     * @return the family, or empty when the token is unknown
     */
    Optional<UUID> familyOf(RefreshTokenHash hash);

    /**
     * Revokes every token of one family (one login): logout, or reuse of a consumed token.
     *
     * @param family the family to end
     * @param now    the revocation instant
     */
    void revokeFamily(UUID family, Instant now);

    /**
     * Revokes every token of a user: after a password change or deactivation.
     *
     * @param user whose sessions end
     * @param now  the revocation instant
     */
    void revokeAllOf(UserId user, Instant now);

    /**
     * A token to store.
     *
     * @param hash      the token's hash (never the token)
     * @param user      whose session it continues
     * @param family    the login it descends from
     * @param createdAt when it was issued
     * @param expiresAt when it stops being usable
     */
    record NewRefreshToken(RefreshTokenHash hash, UserId user, UUID family, Instant createdAt, Instant expiresAt) {
        /**
         * Checks every component is present.
         *
         * @param hash      the token's hash
         * @param user      whose session it continues
         * @param family    the login it descends from
         * @param createdAt when it was issued
         * @param expiresAt when it stops being usable
         */
        public NewRefreshToken {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /**
     * What {@link #consume} found. {@code user} and {@code family} are set for CONSUMED; {@code family} for REUSED.
     *
     * @param outcome what happened to the token
     * @param user    whose token it was, for CONSUMED
     * @param family  the token's family, for CONSUMED and REUSED
     */
    record Consumption(Outcome outcome, UserId user, UUID family) {

        /**
         * The token was usable and is now consumed.
         *
         * @param user   whose token it was
         * @param family its family, which the next token joins
         * @return the outcome
         */
        public static Consumption consumed(UserId user, UUID family) {
            return new Consumption(Outcome.CONSUMED, user, family);
        }

        /**
         * The token had been consumed before.
         *
         * @param family the family to revoke
         * @return the outcome
         */
        public static Consumption reused(UUID family) {
            return new Consumption(Outcome.REUSED, null, family);
        }

        /**
         * The token is unknown, expired or revoked.
         *
         * @return the outcome
         */
        public static Consumption invalid() {
            return new Consumption(Outcome.INVALID, null, null);
        }
    }

    /** The three things a presented refresh token can turn out to be. */
    enum Outcome {
        /** It was usable and is now consumed. */
        CONSUMED,
        /** It had been consumed before: a sign of theft. */
        REUSED,
        /** Unknown, expired or revoked. */
        INVALID
    }
}
