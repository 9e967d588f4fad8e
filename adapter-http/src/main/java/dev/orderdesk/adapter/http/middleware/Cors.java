package dev.orderdesk.adapter.http.middleware;

import io.javalin.config.JavalinConfig;
import java.util.List;

/**
 * CORS from the configured origins. Listed origins may send credentials; the wildcard {@code *} is honoured
 * only without credentials, because a browser must never send cookies to whoever asks.
 */
public final class Cors {

    private static final List<String> EXPOSED = List.of(RequestIds.HEADER, "X-Total-Count", "Location");

    private Cors() {
    }

    public static void configure(JavalinConfig config, List<String> allowedOrigins) {
        if (allowedOrigins.isEmpty()) {
            return;
        }
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            if (allowedOrigins.contains("*")) {
                rule.anyHost();
                rule.allowCredentials = false;
            } else {
                rule.allowHost(allowedOrigins.get(0), allowedOrigins.subList(1, allowedOrigins.size()).toArray(String[]::new));
                rule.allowCredentials = true;
            }
            EXPOSED.forEach(rule::exposeHeader);
        }));
    }
}
