package dev.orderdesk.adapter.http.middleware;

import io.javalin.http.Context;

/** Headers every API response carries, so a browser never sniffs, frames or leaks what the API returns. */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    public static void apply(Context ctx, boolean strictTransportSecurity) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        ctx.header("X-Frame-Options", "DENY");
        if (strictTransportSecurity) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
