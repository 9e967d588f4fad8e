package dev.orderdesk.adapter.http.middleware;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.CrossOriginHandler;

/**
 * CORS from the configured origins, by Jetty's {@link CrossOriginHandler}. Listed origins may send credentials; the
 * wildcard {@code *} is honoured only without credentials, because a browser must never send cookies to whoever
 * asks. A request from any other origin is served without CORS headers (the browser withholds the answer from the
 * page) rather than refused: Javalin's CORS plugin answered 400 after running the handler, so a same-origin
 * request from the API docs logged in yet reported failure.
 */
public final class Cors {

    private static final Set<String> EXPOSED = Set.of(RequestIds.HEADER, "X-Total-Count", "Location", "Retry-After",
            "Idempotent-Replayed");
    private static final Set<String> ALLOWED_HEADERS = Set.of("Authorization", "Content-Type", "Idempotency-Key",
            RequestIds.HEADER);
    private static final Set<String> ALLOWED_METHODS = Set.of("GET", "POST", "PATCH", "PUT", "DELETE");

    private Cors() {
    }

    /** The handler to wrap the API in, or none when no origin is allowed. */
    public static Optional<Handler.Wrapper> handler(List<String> allowedOrigins) {
        if (allowedOrigins.isEmpty()) {
            return Optional.empty();
        }
        boolean anyOrigin = allowedOrigins.contains("*");
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(anyOrigin ? Set.of(".*")
                : allowedOrigins.stream().map(Pattern::quote).collect(Collectors.toSet()));
        cors.setAllowCredentials(!anyOrigin);
        cors.setAllowedHeaders(ALLOWED_HEADERS);
        cors.setAllowedMethods(ALLOWED_METHODS);
        cors.setExposedHeaders(EXPOSED);
        cors.setPreflightMaxAge(Duration.ofMinutes(10));
        return Optional.of(cors);
    }
}
