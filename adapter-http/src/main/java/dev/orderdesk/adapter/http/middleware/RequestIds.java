package dev.orderdesk.adapter.http.middleware;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-ID} when it is sane (so ids can be followed across
 * services), else a new UUID. Echoed in the response, put in the logging context, and in every error body.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    private static final String ATTRIBUTE = "orderdesk.request-id";
    private static final String MDC_KEY = "request_id";
    // Printable, no spaces or quotes: anything else could forge log lines or break headers.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** A before-handler: assigns the id. */
    public static void assign(Context ctx) {
        String offered = ctx.header(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /** The id of this request; assigned on demand if a failure struck before the before-handler ran. */
    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id == null) {
            assign(ctx);
            id = ctx.attribute(ATTRIBUTE);
        }
        return id;
    }
}
