package dev.orderdesk.domain;

/** The stable catalogue of business error codes; clients may branch on the names, so never rename one. */
public enum ErrorCode {
    VALIDATION_ERROR(ErrorKind.INVALID),
    USER_NOT_FOUND(ErrorKind.NOT_FOUND),
    EMAIL_TAKEN(ErrorKind.CONFLICT),
    /** Someone else changed the resource between our read and our write; retrying is safe. */
    CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),
    NOT_AUTHENTICATED(ErrorKind.UNAUTHENTICATED),
    INVALID_CREDENTIALS(ErrorKind.UNAUTHENTICATED),
    INVALID_TOKEN(ErrorKind.UNAUTHENTICATED),
    REFRESH_TOKEN_REUSED(ErrorKind.UNAUTHENTICATED),
    FORBIDDEN(ErrorKind.FORBIDDEN),
    ORDER_NOT_FOUND(ErrorKind.NOT_FOUND),
    INVALID_ORDER_TRANSITION(ErrorKind.CONFLICT),
    ORDER_TOTAL_OVERFLOW(ErrorKind.INVALID),
    IDEMPOTENCY_KEY_REUSED(ErrorKind.INVALID),
    IDEMPOTENCY_KEY_IN_PROGRESS(ErrorKind.CONFLICT),
    RATE_LIMITED(ErrorKind.RATE_LIMITED),
    SERVICE_UNAVAILABLE(ErrorKind.UNAVAILABLE),
    /** Too much work of one kind in progress (password hashing); retrying after the wait it names is safe. */
    SERVER_BUSY(ErrorKind.UNAVAILABLE);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
