package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.in.order.IdempotencyKey;
import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Idempotency records in {@code idempotency_keys}. A claim is an {@code INSERT … ON CONFLICT DO NOTHING}: the
 * primary key on (user, key) lets exactly one of concurrent claims in; the others read the row under a lock.
 */
final class JdbiIdempotencyStore implements IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);
    static final Duration STALE_CLAIM = Duration.ofMinutes(1);

    private final Jdbi jdbi;

    JdbiIdempotencyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Row(String fingerprint, Long order, Instant createdAt, Instant lockedAt) {
    }

    @Override
    public Claim claim(UserId user, IdempotencyKey key, String fingerprint, Instant now) {
        return jdbi.withHandle(handle -> {
            int inserted = handle.createUpdate("""
                            INSERT INTO idempotency_keys (user_id, key, fingerprint, created_at, locked_at)
                            VALUES (:user, :key, :fingerprint, :now, :now) ON CONFLICT DO NOTHING""")
                    .bind("user", user.value()).bind("key", key.value()).bind("fingerprint", fingerprint)
                    .bind("now", Timestamps.of(now))
                    .execute();
            if (inserted == 1) {
                return Claim.of(Outcome.CLAIMED);
            }
            Row row = handle.createQuery("""
                            SELECT fingerprint, order_id, created_at, locked_at FROM idempotency_keys
                             WHERE user_id = :user AND key = :key FOR UPDATE""")
                    .bind("user", user.value()).bind("key", key.value())
                    .map((rs, ctx) -> new Row(rs.getString("fingerprint"), rs.getObject("order_id", Long.class),
                            Timestamps.read(rs, "created_at"), Timestamps.read(rs, "locked_at")))
                    .findOne()
                    .orElse(null);
            if (row == null) {
                return Claim.of(Outcome.IN_PROGRESS); // released between our insert and our read: the client retries
            }
            if (!row.createdAt().plus(RETENTION).isAfter(now)) {
                reclaim(handle, user, key, fingerprint, now, true);
                return Claim.of(Outcome.CLAIMED);
            }
            if (!row.fingerprint().equals(fingerprint)) {
                return Claim.of(Outcome.MISMATCH);
            }
            if (row.order() != null) {
                return new Claim(Outcome.COMPLETED, OrderId.of(row.order()));
            }
            if (!row.lockedAt().plus(STALE_CLAIM).isAfter(now)) {
                reclaim(handle, user, key, fingerprint, now, false);
                return Claim.of(Outcome.CLAIMED);
            }
            return Claim.of(Outcome.IN_PROGRESS);
        });
    }

    /** Takes over an expired record (as new) or a stale claim (keeping its age). */
    private static void reclaim(org.jdbi.v3.core.Handle handle, UserId user, IdempotencyKey key, String fingerprint,
                                Instant now, boolean expired) {
        handle.createUpdate("""
                        UPDATE idempotency_keys
                           SET fingerprint = :fingerprint, order_id = NULL, locked_at = :now,
                               created_at = CASE WHEN :expired THEN :now ELSE created_at END
                         WHERE user_id = :user AND key = :key""")
                .bind("user", user.value()).bind("key", key.value()).bind("fingerprint", fingerprint)
                .bind("now", Timestamps.of(now)).bind("expired", expired)
                .execute();
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
