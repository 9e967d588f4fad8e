package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.adapter.redis.RedisConnectionException;
import dev.orderdesk.adapter.redis.RedisSettings;
import dev.orderdesk.adapter.redis.RedisStores;
import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.application.port.out.AttemptLog;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the lock-out and the per-address limit keep their attempts: in Redis when {@code REDIS_URL} is set, else in
 * PostgreSQL. Either is shared by every instance; the contract suites hold both to the same behaviour.
 *
 * @param redis the client to close, when Redis holds the attempts
 */
record LimitStores(AttemptLog loginAttempts, AttemptCounter addressAttempts, Optional<RedisStores> redis)
        implements AutoCloseable {

    /** Opens the Redis pool if configured; no connection is made until {@link #requireReachable()} or first use. */
    static LimitStores open(Optional<RedisSettings> settings, JdbiPersistence persistence) {
        return settings.map(RedisStores::open)
                .map(redis -> new LimitStores(redis.loginAttempts(), redis.addressAttempts(), Optional.of(redis)))
                .orElseGet(() -> new LimitStores(persistence.loginAttempts(), persistence.addressAttempts(),
                        Optional.empty()));
    }

    /**
     * Fails start-up when Redis is configured but cannot be used, rather than answering every login with 503;
     * a Redis that is still starting is waited for, as long as the database would be.
     *
     * @throws RedisConnectionException with a one-line message naming the server
     */
    void requireReachable(Duration patience) {
        redis.ifPresent(stores -> StartupWait.retrying(patience,
                failure -> failure instanceof RedisConnectionException unreachable && unreachable.isTransient(),
                () -> {
                    stores.ping();
                    return null;
                }));
    }

    @Override
    public void close() {
        redis.ifPresent(RedisStores::close);
    }
}
