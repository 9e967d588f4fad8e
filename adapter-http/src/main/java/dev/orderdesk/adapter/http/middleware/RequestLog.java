package dev.orderdesk.adapter.http.middleware;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * After each request: one log line (method, route, path, status, duration, user when known; never bodies or
 * headers) and one metrics sample by route template.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("dev.orderdesk.http.access");
    private static final String UNMATCHED = "unmatched";

    private final Recorder metrics;

    /** Where each request's sample goes (the adapter's {@code RequestMetrics}, kept out of this package). */
    @FunctionalInterface
    public interface Recorder {
        void record(String method, String route, int status, Duration duration);
    }

    public RequestLog(Recorder metrics) {
        this.metrics = metrics;
    }

    /** A before-handler: at DEBUG, marks when a request starts (the line at the end has the outcome). */
    public static void started(Context ctx) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} started", ctx.method(), ctx.path());
        }
    }

    public void write(Context ctx, Float durationMillis) {
        try {
            String route = route(ctx);
            metrics.record(ctx.method().name(), route, ctx.statusCode(), Duration.ofNanos((long) (durationMillis * 1_000_000)));
            if (LOG.isInfoEnabled()) {
                // Structured fields travel in the logging context, so JSON logs carry them as their own keys.
                MDC.put("method", ctx.method().name());
                MDC.put("route", route);
                MDC.put("status", String.valueOf(ctx.statusCode()));
                String duration = String.format("%.1f", durationMillis);
                MDC.put("duration_ms", duration);
                BearerAuthentication.of(ctx).ifPresent(caller -> MDC.put("user_id", String.valueOf(caller.id().value())));
                LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), duration);
            }
        } finally {
            MDC.clear();
        }
    }

    private static String route(Context ctx) {
        try {
            Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            return matched == null ? UNMATCHED : matched.path;
        } catch (RuntimeException noEndpoint) {
            return UNMATCHED;
        }
    }
}
