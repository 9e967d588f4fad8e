package dev.orderdesk.adapter.http.error;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;

/**
 * Failures a client causes by going away, stalling or sending what cannot be parsed: an aborted upload, a reset
 * connection, an idle or read timeout. They are the client's, not the service's, so they are logged in one line
 * without a stack trace, never as errors.
 *
 * <p>Every {@link IOException} counts: the only I/O a request handler can see fail is its own connection's
 * (a lost database or Redis arrives as {@code SERVICE_UNAVAILABLE}, never as an I/O exception).
 */
final class ClientFaults {

    private ClientFaults() {
    }

    /** The status to answer a client fault with (if the client is still there to read it), or empty if it is ours. */
    static Optional<Integer> status(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http.getCode()); // Jetty's BadMessageException: 400, 408, 413, 431…
            }
            if (cause instanceof TimeoutException) {
                return Optional.of(408);
            }
            if (cause instanceof IOException) {
                return Optional.of(400); // EofException (aborted, reset), EOFException, ClosedChannelException…
            }
        }
        return Optional.empty();
    }
}
