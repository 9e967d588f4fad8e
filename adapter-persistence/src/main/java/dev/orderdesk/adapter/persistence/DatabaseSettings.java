package dev.orderdesk.adapter.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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
 * @param schema            the schema every connection works in (its search path); empty: the server's default
 *                          search path, usually {@code public}. A plain lower-case identifier, see
 *                          {@link #isPlainSchemaName(String)}.
 */
public record DatabaseSettings(DatabaseUrl url, int poolSize, int maxOverflow, Duration connectionTimeout,
                               Duration socketTimeout, Duration connectRetry, String poolName, String applicationName,
                               Optional<String> schema) {

    public static final int MAX_CONNECTIONS = 500;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration MAX_CONNECTION_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MAX_SOCKET_TIMEOUT = Duration.ofHours(1);
    public static final Duration DEFAULT_CONNECT_RETRY = Duration.ofSeconds(30);
    public static final Duration MAX_CONNECT_RETRY = Duration.ofHours(1);
    public static final String DEFAULT_NAME = "orderdesk";
    private static final Pattern PLAIN_SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

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
        Objects.requireNonNull(schema, "schema");
        if (schema.isPresent() && !isPlainSchemaName(schema.get())) {
            throw new IllegalArgumentException("schema must be a plain lower-case identifier");
        }
    }

    /** In the server's default schema. */
    public DatabaseSettings(DatabaseUrl url, int poolSize, int maxOverflow, Duration connectionTimeout,
                            Duration socketTimeout, Duration connectRetry, String poolName, String applicationName) {
        this(url, poolSize, maxOverflow, connectionTimeout, socketTimeout, connectRetry, poolName, applicationName,
                Optional.empty());
    }

    /** Named {@value #DEFAULT_NAME}, as the service's own pool. */
    public DatabaseSettings(DatabaseUrl url, int poolSize, int maxOverflow, Duration connectionTimeout,
                            Duration socketTimeout, Duration connectRetry) {
        this(url, poolSize, maxOverflow, connectionTimeout, socketTimeout, connectRetry, DEFAULT_NAME, DEFAULT_NAME);
    }

    /**
     * The default {@code poolSize} on a machine with {@code processors} processors: one connection kept open per
     * processor. With {@link #defaultMaxOverflow(int)} the pool's maximum is {@code 2 × processors + 1}, HikariCP's
     * "About Pool Sizing" formula (connections ≈ cores × 2 + effective spindles, one spindle for data in memory or
     * on SSD): more connections than that only queue inside PostgreSQL instead of in the pool.
     */
    public static int defaultPoolSize(int processors) {
        return Math.max(1, processors);
    }

    /** The default {@code maxOverflow}: {@code processors + 1}, opened under load and closed when idle. */
    public static int defaultMaxOverflow(int processors) {
        return Math.max(1, processors) + 1;
    }

    /**
     * Whether {@code name} can be a schema as written: lower-case letters, digits and underscores, not starting with
     * a digit, at most 63 characters (PostgreSQL's limit), and not {@code pg_…} (reserved for the system). Such a name
     * needs no quoting, so SQL, the search path and Liquibase all mean the same schema.
     */
    public static boolean isPlainSchemaName(String name) {
        return PLAIN_SCHEMA_NAME.matcher(name).matches() && !name.startsWith("pg_");
    }

    /** The same settings with one connection and no waiting for the server, for one short look at the database. */
    public DatabaseSettings withSingleConnection() {
        return new DatabaseSettings(url, 1, 0, connectionTimeout, socketTimeout, Duration.ZERO, poolName,
                applicationName, schema);
    }
}
