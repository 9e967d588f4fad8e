package dev.orderdesk.adapter.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach and pool the database. The constants are the defaults and bounds a composition root reads the
 * settings with.
 *
 * @param poolSize          connections kept open
 * @param maxOverflow       extra connections opened under load and closed when idle
 * @param connectionTimeout how long a request waits for a connection before failing with "unavailable"
 * @param socketTimeout     how long one statement may wait on the network before the connection is dropped
 * @param connectRetry      how long start-up waits for an unreachable server, retrying with backoff
 * @param poolName          the connection pool's name (its threads and metrics carry it)
 * @param applicationName   what PostgreSQL shows as {@code application_name} for these connections
 */
public record DatabaseSettings(DatabaseUrl url, int poolSize, int maxOverflow, Duration connectionTimeout,
                               Duration socketTimeout, Duration connectRetry, String poolName, String applicationName) {

    public static final int DEFAULT_POOL_SIZE = 20;
    public static final int DEFAULT_MAX_OVERFLOW = 10;
    public static final int MAX_CONNECTIONS = 500;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration MAX_CONNECTION_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MAX_SOCKET_TIMEOUT = Duration.ofHours(1);
    public static final Duration DEFAULT_CONNECT_RETRY = Duration.ofSeconds(30);
    public static final Duration MAX_CONNECT_RETRY = Duration.ofHours(1);
    public static final String DEFAULT_NAME = "orderdesk";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        Objects.requireNonNull(connectRetry, "connectRetry");
        if (poolSize < 1 || maxOverflow < 0) {
            throw new IllegalArgumentException("pool size must be at least 1 and overflow at least 0");
        }
        if (connectRetry.isNegative()) {
            throw new IllegalArgumentException("connectRetry cannot be negative");
        }
        if (poolName.isBlank() || applicationName.isBlank()) {
            throw new IllegalArgumentException("pool and application names must not be blank");
        }
    }

    /** Named {@value #DEFAULT_NAME}, as the service's own pool. */
    public DatabaseSettings(DatabaseUrl url, int poolSize, int maxOverflow, Duration connectionTimeout,
                            Duration socketTimeout, Duration connectRetry) {
        this(url, poolSize, maxOverflow, connectionTimeout, socketTimeout, connectRetry, DEFAULT_NAME, DEFAULT_NAME);
    }
}
