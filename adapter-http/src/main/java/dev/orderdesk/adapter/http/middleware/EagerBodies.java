package dev.orderdesk.adapter.http.middleware;

import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads every request body in full, without a request thread, before the blocking handlers run. Javalin reads a body
 * with blocking reads on a request thread, so 300 clients trickling bodies a byte at a time held 300 threads and
 * everyone else queued behind them. Here a body that is not there yet is awaited with Jetty's demand callbacks
 * (a slow client costs its bytes so far and a timer), and the handlers get it from memory.
 *
 * <p>A body must arrive within the body timeout and, after its first second, at the minimum rate on average; else
 * 408 and the connection is closed. Every body is read, also those no handler uses, so a kept-alive connection is
 * never left with unread bytes. A declared length over the maximum goes straight through: Javalin answers 413
 * without reading; a chunked body that grows past it is answered 413 here.
 */
public final class EagerBodies extends Handler.Wrapper {

    private final long maxBodyBytes;
    private final Duration timeout;
    private final long minBytesPerSecond;

    public EagerBodies(long maxBodyBytes, Duration timeout, long minBytesPerSecond) {
        this.maxBodyBytes = maxBodyBytes;
        this.timeout = timeout;
        this.minBytesPerSecond = minBytesPerSecond;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Handler next = getHandler();
        if (next == null) {
            return false;
        }
        long length = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length == 0 || (length < 0 && !chunked) || length > maxBodyBytes) {
            return next.handle(request, response, callback);
        }
        new IncomingBody(next, request, response, callback, length, this).start();
        return true;
    }

    long maxBodyBytes() {
        return maxBodyBytes;
    }

    Duration timeout() {
        return timeout;
    }

    /** The bytes a body of {@code length} (-1: unknown) must have delivered after {@code elapsedMillis}. */
    long requiredBytes(long elapsedMillis, long length) {
        long required = minBytesPerSecond * Math.max(0, elapsedMillis - 1_000) / 1_000;
        return length < 0 ? required : Math.min(required, length);
    }
}
