package dev.orderdesk.adapter.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the HTTP server listens and behaves.
 *
 * @param allowedOrigins CORS origins; {@code "*"} allows any origin but then never with credentials
 * @param maxBodyBytes   larger request bodies are refused with 413
 * @param drainTimeout   how long stopping waits for in-flight requests
 * @param trustedProxies peer addresses whose {@code X-Forwarded-For} is believed; empty trusts nobody
 * @param strictTransportSecurity send {@code Strict-Transport-Security} (production, behind TLS)
 * @param interactiveDocs serve Swagger UI at {@code /docs} (DEBUG)
 */
public record HttpSettings(String host, int port, List<String> allowedOrigins, long maxBodyBytes, Duration drainTimeout,
                           List<String> trustedProxies, boolean strictTransportSecurity, boolean interactiveDocs) {

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        allowedOrigins = List.copyOf(allowedOrigins);
        trustedProxies = List.copyOf(trustedProxies);
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }
}
