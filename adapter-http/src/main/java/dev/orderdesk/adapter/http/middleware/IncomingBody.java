package dev.orderdesk.adapter.http.middleware;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request's body on its way in (see {@link EagerBodies}). Reads run in Jetty's demand callbacks and only copy
 * bytes, so they never block; a timer checks the deadline and the rate. Whichever settles first — the last byte,
 * the timer, an oversize body or a failed connection — decides what happens, once.
 */
final class IncomingBody implements Invocable.Task {

    private static final Logger LOG = LoggerFactory.getLogger("dev.orderdesk.http.clients");

    private final Handler next;
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long length;
    private final EagerBodies limits;
    private final long started = NanoTime.now();
    private final AtomicBoolean settled = new AtomicBoolean();
    private final AtomicBoolean timing = new AtomicBoolean();

    private byte[] bytes;
    private int size;
    private volatile long received;
    private volatile Scheduler.Task check;

    IncomingBody(Handler next, Request request, Response response, Callback callback, long length, EagerBodies limits) {
        this.next = next;
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.length = length;
        this.limits = limits;
        // Grown as bytes arrive: a declared length is only a claim, and a slow client must not reserve it up front.
        this.bytes = new byte[(int) Math.min(length < 0 ? 4_096 : length, 16_384)];
    }

    /** On the handling thread: a body that is already here is handled right away, on this thread. */
    void start() {
        read(false);
    }

    /** Jetty's demand callback: more of the body, or a failure, can be read. */
    @Override
    public void run() {
        read(true);
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING; // copying bytes never blocks, so Jetty may call it on its I/O thread
    }

    private void read(boolean inCallback) {
        while (!settled.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                if (timing.compareAndSet(false, true)) {
                    scheduleCheck();
                }
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                failed(chunk.getFailure());
                return;
            }
            boolean fits = append(chunk);
            boolean last = chunk.isLast();
            chunk.release();
            if (!fits) {
                refuse(HttpStatus.PAYLOAD_TOO_LARGE_413, "larger than " + limits.maxBodyBytes() + " bytes");
                return;
            }
            if (last) {
                dispatch(inCallback);
                return;
            }
        }
    }

    private boolean append(Content.Chunk chunk) {
        int count = chunk.remaining();
        if ((long) size + count > limits.maxBodyBytes()) {
            return false;
        }
        if (size + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(limits.maxBodyBytes(), Math.max(size + count, 2L * bytes.length)));
        }
        chunk.getByteBuffer().get(bytes, size, count);
        size += count;
        received = size;
        return true;
    }

    private void dispatch(boolean inCallback) {
        if (!settle()) {
            return;
        }
        Request buffered = new BufferedBody(request, bytes, size);
        if (inCallback) {
            // A demand callback may run on Jetty's I/O thread: the blocking handlers get a request thread of their own.
            request.getContext().execute(() -> handle(buffered));
        } else {
            handle(buffered);
        }
    }

    private void handle(Request buffered) {
        try {
            if (!next.handle(buffered, response, callback)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, callback, failure);
        }
    }

    private void scheduleCheck() {
        if (!settled.get()) {
            long period = Math.max(50, Math.min(1_000, limits.timeout().toMillis() / 10));
            check = request.getComponents().getScheduler().schedule(this::check, period, TimeUnit.MILLISECONDS);
        }
    }

    /** On the scheduler's thread: too late or too slow ends the request with 408, else look again later. */
    private void check() {
        long elapsed = NanoTime.millisSince(started);
        if (elapsed >= limits.timeout().toMillis()) {
            refuse(HttpStatus.REQUEST_TIMEOUT_408, "not received within " + limits.timeout().toSeconds() + " s");
        } else if (received < limits.requiredBytes(elapsed, length)) {
            refuse(HttpStatus.REQUEST_TIMEOUT_408, "arriving too slowly");
        } else {
            scheduleCheck();
        }
    }

    private void refuse(int status, String why) {
        if (settle()) {
            LOG.info("{} {} {}: request body {} ({} of {} bytes after {} ms)", status, request.getMethod(),
                    request.getHttpURI().getPath(), why, received, length < 0 ? "?" : length, NanoTime.millisSince(started));
            Response.writeError(request, response, callback, status);
        }
    }

    /** The connection failed under the body: the client went away or stopped sending. Its fault, not ours. */
    private void failed(Throwable failure) {
        if (failure instanceof TimeoutException) {
            refuse(HttpStatus.REQUEST_TIMEOUT_408, "stalled until the idle timeout");
        } else if (settle()) {
            LOG.debug("Request body of {} {} not received: client went away ({})", request.getMethod(),
                    request.getHttpURI().getPath(), failure.toString());
            callback.failed(failure);
        }
    }

    private boolean settle() {
        if (!settled.compareAndSet(false, true)) {
            return false;
        }
        Scheduler.Task pending = check;
        if (pending != null) {
            pending.cancel();
        }
        return true;
    }
}
