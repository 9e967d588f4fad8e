package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.AttemptCounter;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * The per-address limit's counts in {@code address_attempts}, shared by every instance: one row per key with the
 * count of its current window, incremented by one {@code INSERT … ON CONFLICT DO UPDATE}. A count never goes back to
 * an older window, so instances whose clocks differ slightly cannot reset each other's counts. Runs in autocommit;
 * a lost database fails with {@code SERVICE_UNAVAILABLE}.
 */
final class JdbiAttemptCounter implements AttemptCounter {

    private final Jdbi jdbi;

    JdbiAttemptCounter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long increment(String key, Instant windowStart, Duration window) {
        return DatabaseFailures.translating(() -> jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO address_attempts AS c (key, window_start, count, expires_at)
                        VALUES (:key, :start, 1, :expiresAt)
                        ON CONFLICT (key) DO UPDATE SET
                            count = CASE WHEN c.window_start >= :start THEN c.count + 1 ELSE 1 END,
                            window_start = GREATEST(c.window_start, :start),
                            expires_at = GREATEST(c.expires_at, :expiresAt)
                        RETURNING count""")
                .bind("key", key).bind("start", Timestamps.of(windowStart))
                .bind("expiresAt", Timestamps.of(windowStart.plus(window)))
                .mapTo(Long.class)
                .one()));
    }
}
