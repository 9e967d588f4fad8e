package dev.orderdesk.adapter.http.middleware;

import dev.orderdesk.adapter.http.auth.BearerAuthentication;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per request: method, path, status, duration and the user when known. Never bodies or headers. */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("dev.orderdesk.http.access");

    private RequestLog() {
    }

    public static void write(Context ctx, Float durationMillis) {
        try {
            if (LOG.isInfoEnabled()) {
                // The request id travels in the logging context (MDC), so every line of the request carries it.
                String user = BearerAuthentication.of(ctx).map(caller -> " user_id=" + caller.id().value()).orElse("");
                LOG.info("{} {} {} {}ms{}", ctx.method(), ctx.path(), ctx.statusCode(),
                        String.format("%.1f", durationMillis), user);
            }
        } finally {
            RequestIds.clear();
        }
    }
}
