package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.AttemptLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The login lock-out's attempts in {@code login_attempts}, shared by every instance: one row per key holding the
 * attempts still inside the window. Recording is one {@code INSERT … ON CONFLICT DO UPDATE}: the row lock serialises
 * concurrent attempts on a key, and the update sees the latest committed attempts, so none slips past the limit.
 * Runs outside the use case's transaction (in autocommit): a lost database fails the attempt with
 * {@code SERVICE_UNAVAILABLE}, so an outage never means unlimited guesses.
 */
final class JdbiAttemptLog implements AttemptLog {

    // The attempts of the row still inside the window, oldest first.
    private static final String RECENT = "ARRAY(SELECT a FROM unnest(l.attempts) a WHERE a > :since ORDER BY a)";

    private final Jdbi jdbi;

    JdbiAttemptLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Instant> recordUnlessFull(String key, Instant at, Duration window, int limit) {
        return DatabaseFailures.translating(() -> jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO login_attempts AS l (key, attempts, refused, expires_at)
                        VALUES (:key, ARRAY[CAST(:at AS TIMESTAMPTZ)], FALSE, :expiresAt)
                        ON CONFLICT (key) DO UPDATE SET
                            refused = cardinality(%1$s) >= :limit,
                            attempts = CASE WHEN cardinality(%1$s) >= :limit THEN %1$s
                                            ELSE %1$s || CAST(:at AS TIMESTAMPTZ) END,
                            expires_at = GREATEST(l.expires_at, :expiresAt)
                        RETURNING CASE WHEN refused THEN attempts[cardinality(attempts) - :limit + 1] END AS holding"""
                        .formatted(RECENT))
                .bind("key", key).bind("at", Timestamps.of(at)).bind("since", Timestamps.of(at.minus(window)))
                .bind("expiresAt", Timestamps.of(at.plus(window))).bind("limit", limit)
                .map((row, ctx) -> Optional.ofNullable(Timestamps.read(row, "holding")).map(oldest -> oldest.plus(window)))
                .one()));
    }

    @Override
    public void remove(String key, Instant at) {
        DatabaseFailures.translating(() -> jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE login_attempts
                           SET attempts = attempts[1 : array_position(attempts, CAST(:at AS TIMESTAMPTZ)) - 1]
                                       || attempts[array_position(attempts, CAST(:at AS TIMESTAMPTZ)) + 1 : cardinality(attempts)]
                         WHERE key = :key AND array_position(attempts, CAST(:at AS TIMESTAMPTZ)) IS NOT NULL""")
                .bind("key", key).bind("at", Timestamps.of(at))
                .execute()));
    }

    @Override
    public void clear(String key) {
        DatabaseFailures.translating(() -> jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM login_attempts WHERE key = :key")
                .bind("key", key)
                .execute()));
    }
}
