package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.http.HttpSettings;
import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.redis.RedisSettings;
import dev.orderdesk.application.policy.PolicySettings;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of the service, as a tree of the settings each part owns: the HTTP adapter's, the database's, the
 * optional Redis store's, the security adapter's, the core's policies, and bootstrap's own (service and logging).
 * Built and validated by {@link SettingsLoader}; secrets print masked.
 *
 * @param redis present when {@code REDIS_URL} is set: the lock-out and the per-address limit then keep their
 *              attempts in Redis instead of PostgreSQL
 */
public record Settings(ServiceSettings service, LoggingSettings logging, HttpSettings http, DatabaseSettings database,
                       Optional<RedisSettings> redis, SecuritySettings security, PolicySettings policies) {

    public Settings {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(policies, "policies");
    }
}
