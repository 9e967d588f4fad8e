package dev.orderdesk.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client may cost the server: slow and idle clients are bounded in time and count, so they cost memory
 * for a while, never a request thread. The constants are the defaults and bounds a composition root reads them with.
 *
 * @param maxConnections    connections held at once; a connection beyond it is answered 503 and closed at once
 * @param idleTimeout       a connection with nothing to read or write for this long is closed
 * @param headerTimeout     a new connection must have sent its first request's headers within this, else it is closed
 * @param bodyTimeout       a request body must have arrived in full within this after its headers, else 408
 * @param minBodyRate       bytes per second a body must average after its first second, else 408; 0 turns the
 *                          check off (the body timeout still applies)
 * @param maxHeaderBytes    request line and headers together; larger answer 414 or 431
 */
public record ClientLimits(int maxConnections, Duration idleTimeout, Duration headerTimeout, Duration bodyTimeout,
                           int minBodyRate, int maxHeaderBytes) {

    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    public static final int MAX_MAX_CONNECTIONS = 1_000_000;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    public static final int DEFAULT_MIN_BODY_RATE = 1_024;
    public static final int MAX_MIN_BODY_RATE = 10 * 1_048_576;
    public static final int DEFAULT_MAX_HEADER_BYTES = 8_192;
    public static final int MIN_MAX_HEADER_BYTES = 1_024;
    public static final int MAX_MAX_HEADER_BYTES = 65_536;

    public static final ClientLimits DEFAULTS = new ClientLimits(DEFAULT_MAX_CONNECTIONS, DEFAULT_IDLE_TIMEOUT,
            DEFAULT_HEADER_TIMEOUT, DEFAULT_BODY_TIMEOUT, DEFAULT_MIN_BODY_RATE, DEFAULT_MAX_HEADER_BYTES);

    public ClientLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive");
        }
        if (idleTimeout.toMillis() < 1 || headerTimeout.toMillis() < 1 || bodyTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("timeouts must be at least 1 ms");
        }
        if (minBodyRate < 0) {
            throw new IllegalArgumentException("minBodyRate must not be negative");
        }
        if (maxHeaderBytes < 256) {
            throw new IllegalArgumentException("maxHeaderBytes must be at least 256");
        }
    }
}
