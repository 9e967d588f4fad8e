package dev.orderdesk.bootstrap;

import java.util.Objects;
import java.util.Optional;

/**
 * What the service is and how it starts.
 *
 * @param migrateOnStart apply pending migrations before serving
 * @param metricsEnabled serve {@code /metrics} and record
 * @param firstAdmin     an admin to create at start-up when none exists
 */
public record ServiceSettings(String appName, String appVersion, Environment environment, boolean debug,
                              boolean migrateOnStart, boolean metricsEnabled, Optional<FirstAdmin> firstAdmin) {

    public ServiceSettings {
        Objects.requireNonNull(appName, "appName");
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(firstAdmin, "firstAdmin");
    }

    public boolean production() {
        return environment == Environment.PRODUCTION;
    }

    /** {@code FIRST_ADMIN_EMAIL} and {@code FIRST_ADMIN_PASSWORD}. */
    public record FirstAdmin(String email, Secret password) {
    }
}
