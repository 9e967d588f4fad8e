package dev.orderdesk.adapter.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the HTTP server listens and behaves. The constants are the defaults and bounds a composition root reads the
 * settings with.
 *
 * @param allowedOrigins CORS origins; {@code "*"} allows any origin but then never with credentials
 * @param maxBodyBytes   larger request bodies are refused with 413
 * @param shutdownGrace  how long stopping keeps serving, readiness already 503, before it stops accepting: time for
 *                       load balancers and Kubernetes endpoints to notice; zero stops accepting at once
 * @param drainTimeout   how long stopping then waits for in-flight requests
 * @param trustedProxies peer addresses whose {@code X-Forwarded-For} is believed; empty trusts nobody
 * @param strictTransportSecurity send {@code Strict-Transport-Security} (production, behind TLS)
 * @param interactiveDocs serve Swagger UI at {@code /docs} (DEBUG)
 * @param jsonLimits     how much JSON one body may make the parser read (beyond it: 400 {@code JSON_LIMIT_EXCEEDED})
 * @param clientLimits   what slow, idle and numerous clients may cost
 */
public record HttpSettings(String host, int port, List<String> allowedOrigins, long maxBodyBytes, Duration shutdownGrace,
                           Duration drainTimeout,
                           List<String> trustedProxies, boolean strictTransportSecurity, boolean interactiveDocs,
                           JsonLimits jsonLimits, ClientLimits clientLimits) {

    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 8000;
    public static final String DEFAULT_ALLOWED_ORIGINS = "http://localhost:3000";
    public static final int DEFAULT_MAX_BODY_BYTES = 1_048_576;
    public static final int MIN_MAX_BODY_BYTES = 1_024;
    public static final int MAX_MAX_BODY_BYTES = 64 * 1_048_576;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(2);
    public static final Duration MAX_SHUTDOWN_GRACE = Duration.ofMinutes(5);
    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration MAX_DRAIN_TIMEOUT = Duration.ofMinutes(10);

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jsonLimits, "jsonLimits");
        allowedOrigins = List.copyOf(allowedOrigins);
        trustedProxies = List.copyOf(trustedProxies);
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        Objects.requireNonNull(clientLimits, "clientLimits");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }

    /** With the default {@link JsonLimits} and {@link ClientLimits}. */
    public HttpSettings(String host, int port, List<String> allowedOrigins, long maxBodyBytes, Duration shutdownGrace,
                        Duration drainTimeout, List<String> trustedProxies, boolean strictTransportSecurity,
                        boolean interactiveDocs) {
        this(host, port, allowedOrigins, maxBodyBytes, shutdownGrace, drainTimeout, trustedProxies,
                strictTransportSecurity, interactiveDocs, JsonLimits.DEFAULTS, ClientLimits.DEFAULTS);
    }

    /** The same settings with other JSON limits. */
    public HttpSettings withJsonLimits(JsonLimits limits) {
        return new HttpSettings(host, port, allowedOrigins, maxBodyBytes, shutdownGrace, drainTimeout, trustedProxies,
                strictTransportSecurity, interactiveDocs, limits, clientLimits);
    }

    /** The same settings with other client limits. */
    public HttpSettings withClientLimits(ClientLimits limits) {
        return new HttpSettings(host, port, allowedOrigins, maxBodyBytes, shutdownGrace, drainTimeout, trustedProxies,
                strictTransportSecurity, interactiveDocs, jsonLimits, limits);
    }
}
