package dev.orderdesk.adapter.http.error;

import java.util.Arrays;
import java.util.Optional;

/** Error codes that only HTTP can produce; business codes come from {@link dev.orderdesk.domain.ErrorCode}. */
public enum TransportError {
    MALFORMED_JSON(400, "Request body is not valid JSON"),
    BAD_REQUEST(400, "Request could not be parsed"),
    // A body past a JsonLimits bound (ReadLimits here): parsing stopped there, so nothing else about the body is known.
    JSON_LIMIT_EXCEEDED(400, "Request body exceeds a JSON limit"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed on this resource"),
    // The body did not arrive within the body timeout or at the minimum rate, or the connection stalled.
    REQUEST_TIMEOUT(408, "Request body did not arrive in time"),
    PAYLOAD_TOO_LARGE(413, "Request body is too large"),
    URI_TOO_LONG(414, "Request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Content-Type must be application/json"),
    HEADERS_TOO_LARGE(431, "Request headers are too large"),
    INTERNAL_ERROR(500, "Internal server error"),
    // Jetty's answer to a request that arrives on a kept-alive connection while the server drains.
    SERVICE_UNAVAILABLE(503, "The service is stopping, try again");

    private final int status;
    private final String defaultMessage;

    TransportError(int status, String defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    /** The first error declared with that status (so Javalin's 400, about the body, is MALFORMED_JSON). */
    public static Optional<TransportError> forStatus(int status) {
        return Arrays.stream(values()).filter(error -> error.status == status).findFirst();
    }

    public int status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
