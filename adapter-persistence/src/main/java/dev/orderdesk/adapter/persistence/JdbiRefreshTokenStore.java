package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.RefreshTokenHash;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Refresh tokens in {@code refresh_tokens}. Consumption is one conditional UPDATE: PostgreSQL's row lock makes a
 * concurrent second consumption wait, re-check the condition, find the token consumed and report reuse.
 */
final class JdbiRefreshTokenStore implements RefreshTokenStore {

    private final Jdbi jdbi;

    JdbiRefreshTokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(NewRefreshToken token) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO refresh_tokens (token_hash, user_id, family_id, created_at, expires_at)
                        VALUES (:hash, :user, :family, :createdAt, :expiresAt)""")
                .bind("hash", token.hash().hex())
                .bind("user", token.user().value())
                .bind("family", token.family())
                .bind("createdAt", Timestamps.of(token.createdAt()))
                .bind("expiresAt", Timestamps.of(token.expiresAt()))
                .execute());
    }

    @Override
    public Consumption consume(RefreshTokenHash hash, Instant now) {
        return jdbi.withHandle(handle -> {
            Optional<Consumption> consumed = handle.createQuery("""
                            UPDATE refresh_tokens SET consumed_at = :now
                             WHERE token_hash = :hash AND consumed_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                            RETURNING user_id, family_id""")
                    .bind("hash", hash.hex())
                    .bind("now", Timestamps.of(now))
                    .map((row, ctx) -> Consumption.consumed(UserId.of(row.getLong("user_id")),
                            row.getObject("family_id", UUID.class)))
                    .findOne();
            if (consumed.isPresent()) {
                return consumed.get();
            }
            return handle.createQuery("""
                            SELECT family_id FROM refresh_tokens
                             WHERE token_hash = :hash AND consumed_at IS NOT NULL AND revoked_at IS NULL""")
                    .bind("hash", hash.hex())
                    .map((row, ctx) -> Consumption.reused(row.getObject("family_id", UUID.class)))
                    .findOne()
                    .orElseGet(Consumption::invalid);
        });
    }

    @Override
    public Optional<UUID> familyOf(RefreshTokenHash hash) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT family_id FROM refresh_tokens WHERE token_hash = :hash")
                .bind("hash", hash.hex())
                .mapTo(UUID.class)
                .findOne());
    }

    @Override
    public void revokeFamily(UUID family, Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :family AND revoked_at IS NULL")
                .bind("family", family)
                .bind("now", Timestamps.of(now))
                .execute());
    }

    @Override
    public void revokeAllOf(UserId user, Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE refresh_tokens SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
                .bind("user", user.value())
                .bind("now", Timestamps.of(now))
                .execute());
    }
}
