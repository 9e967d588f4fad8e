package dev.orderdesk.adapter.http.error;

/** Error codes that only HTTP can produce; business codes come from {@link dev.orderdesk.domain.ErrorCode}. */
public enum TransportError {
    MALFORMED_JSON(400, "Request body is not valid JSON"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed on this resource"),
    PAYLOAD_TOO_LARGE(413, "Request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Content-Type must be application/json"),
    INTERNAL_ERROR(500, "Internal server error");

    private final int status;
    private final String defaultMessage;

    TransportError(int status, String defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public int status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
