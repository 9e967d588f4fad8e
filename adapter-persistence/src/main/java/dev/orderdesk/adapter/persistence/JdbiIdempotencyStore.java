package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Idempotency entries in {@code idempotency_keys}. A claim is an {@code INSERT … ON CONFLICT DO NOTHING}: the
 * primary key on (user, key) lets exactly one of concurrent claims in; the others read the holder under a row lock.
 * A take-over is an {@code UPDATE} conditional on the entry read, so of concurrent take-overs one updates a row.
 */
final class JdbiIdempotencyStore implements IdempotencyStore {

    private final Jdbi jdbi;

    JdbiIdempotencyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ClaimAttempt claimIfAbsent(UserId user, IdempotencyKey key, String fingerprint, Instant now) {
        return jdbi.withHandle(handle -> {
            int inserted = handle.createUpdate("""
                            INSERT INTO idempotency_keys (user_id, key, fingerprint, created_at, locked_at)
                            VALUES (:user, :key, :fingerprint, :now, :now) ON CONFLICT DO NOTHING""")
                    .bind("user", user.value()).bind("key", key.value()).bind("fingerprint", fingerprint)
                    .bind("now", Timestamps.of(now))
                    .execute();
            if (inserted == 1) {
                return ClaimAttempt.won();
            }
            return ClaimAttempt.heldBy(handle.createQuery("""
                            SELECT fingerprint, order_id, created_at, locked_at FROM idempotency_keys
                             WHERE user_id = :user AND key = :key FOR UPDATE""")
                    .bind("user", user.value()).bind("key", key.value())
                    .map((rs, ctx) -> new Entry(rs.getString("fingerprint"),
                            Optional.ofNullable(rs.getObject("order_id", Long.class)).map(OrderId::of),
                            Timestamps.read(rs, "created_at"), Timestamps.read(rs, "locked_at")))
                    .findOne());
        });
    }

    @Override
    public boolean takeOver(UserId user, IdempotencyKey key, Entry seen, String fingerprint, Instant now,
                            boolean restart) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE idempotency_keys
                           SET fingerprint = :fingerprint, order_id = NULL, locked_at = :now,
                               created_at = CASE WHEN :restart THEN :now ELSE created_at END
                         WHERE user_id = :user AND key = :key AND fingerprint = :seenFingerprint
                           AND order_id IS NOT DISTINCT FROM CAST(:seenOrder AS BIGINT)
                           AND created_at = :seenCreatedAt AND locked_at = :seenLockedAt""")
                .bind("user", user.value()).bind("key", key.value()).bind("fingerprint", fingerprint)
                .bind("now", Timestamps.of(now)).bind("restart", restart)
                .bind("seenFingerprint", seen.fingerprint())
                .bindByType("seenOrder", seen.order().map(OrderId::value).orElse(null), Long.class)
                .bind("seenCreatedAt", Timestamps.of(seen.createdAt()))
                .bind("seenLockedAt", Timestamps.of(seen.lockedAt()))
                .execute()) == 1;
    }

    @Override
    public boolean complete(UserId user, IdempotencyKey key, Instant claimedAt, OrderId order) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE idempotency_keys SET order_id = :order
                         WHERE user_id = :user AND key = :key AND locked_at = :claimedAt AND order_id IS NULL""")
                .bind("user", user.value()).bind("key", key.value()).bind("order", order.value())
                .bind("claimedAt", Timestamps.of(claimedAt))
                .execute()) == 1;
    }

    @Override
    public void release(UserId user, IdempotencyKey key, Instant claimedAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        DELETE FROM idempotency_keys
                         WHERE user_id = :user AND key = :key AND locked_at = :claimedAt AND order_id IS NULL""")
                .bind("user", user.value()).bind("key", key.value()).bind("claimedAt", Timestamps.of(claimedAt))
                .execute());
    }
}
