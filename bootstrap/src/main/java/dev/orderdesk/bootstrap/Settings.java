package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.persistence.DatabaseUrl;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of the service, typed and validated; built by {@link SettingsLoader}. Secrets print masked.
 *
 * @param secretKeyGenerated true when development mode made up a throw-away key
 */
public record Settings(
        String appName,
        String appVersion,
        boolean debug,
        Environment environment,
        String host,
        int port,
        DatabaseUrl databaseUrl,
        int databasePoolSize,
        int databaseMaxOverflow,
        Duration databaseConnectTimeout,
        Duration databaseSocketTimeout,
        Duration databaseConnectRetry,
        Secret secretKey,
        Optional<Secret> secretKeyPrevious,
        boolean secretKeyGenerated,
        Secret passwordPepper,
        int accessTokenExpireMinutes,
        int refreshTokenExpireDays,
        Optional<String> redisUrl,
        Optional<String> smtpHost,
        int smtpPort,
        List<String> allowedOrigins,
        int bcryptCost,
        int passwordHashThreads,
        int passwordHashQueue,
        String logLevel,
        boolean migrateOnStart,
        long maxBodyBytes,
        Duration shutdownTimeout,
        List<String> trustedProxies,
        int addressRateLimitPerMinute,
        Optional<FirstAdmin> firstAdmin,
        boolean metricsEnabled,
        LogFormat logFormat) {

    public Settings {
        allowedOrigins = List.copyOf(allowedOrigins);
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** {@code json}: one JSON object per line (production default); {@code text}: for people (development). */
    public enum LogFormat {
        JSON,
        TEXT
    }

    /** An admin to create at start-up when none exists ({@code FIRST_ADMIN_EMAIL}, {@code FIRST_ADMIN_PASSWORD}). */
    public record FirstAdmin(String email, Secret password) {
    }
}
