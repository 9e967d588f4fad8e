package dev.orderdesk.adapter.http.error;

/** A request that failed at the transport level (syntax, media type); carries its {@link TransportError}. */
public final class HttpProblem extends RuntimeException {

    private final TransportError error;

    public HttpProblem(TransportError error, String message) {
        super(message);
        this.error = error;
    }

    public HttpProblem(TransportError error) {
        this(error, error.defaultMessage());
    }

    public TransportError error() {
        return error;
    }
}
