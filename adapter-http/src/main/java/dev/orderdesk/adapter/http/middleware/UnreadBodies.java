package dev.orderdesk.adapter.http.middleware;

import io.javalin.http.Context;

/**
 * Reads every request body up front, also those no handler uses (a GET with a body, say). Jetty closes a
 * connection whose request content was left unread, without sending {@code Connection: close}, so the client's
 * next request on that kept-alive connection failed. Bodies are bounded by the maximum request size, and the
 * handlers that do read them get Javalin's cached copy.
 */
public final class UnreadBodies {

    private UnreadBodies() {
    }

    /** A before-handler. */
    public static void read(Context ctx) {
        if (ctx.header("Content-Length") != null || ctx.header("Transfer-Encoding") != null) {
            ctx.bodyAsBytes();
        }
    }
}
