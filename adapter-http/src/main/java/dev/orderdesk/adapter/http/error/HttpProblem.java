package dev.orderdesk.adapter.http.error;

import java.util.List;

/**
 * A request that failed at the transport level (syntax, media type, a JSON limit); carries its {@link TransportError}
 * and, when one place in the body is to blame, a detail naming it.
 */
public final class HttpProblem extends RuntimeException {

    private final TransportError error;
    private final List<ErrorResponse.Detail> details;

    public HttpProblem(TransportError error, String message, List<ErrorResponse.Detail> details) {
        super(message);
        this.error = error;
        this.details = List.copyOf(details);
    }

    public HttpProblem(TransportError error, String message) {
        this(error, message, List.of());
    }

    public HttpProblem(TransportError error) {
        this(error, error.defaultMessage());
    }

    public TransportError error() {
        return error;
    }

    public List<ErrorResponse.Detail> details() {
        return details;
    }
}
