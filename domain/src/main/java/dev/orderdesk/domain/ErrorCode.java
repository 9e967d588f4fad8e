package dev.orderdesk.domain;

/** The stable catalogue of business error codes; clients may branch on the names, so never rename one. */
public enum ErrorCode {
    /** One or more input values break their rules; {@link DomainException#violations()} names each field. */
    VALIDATION_ERROR(ErrorKind.INVALID),
    /** No such user, or one the caller may not see (the two are deliberately indistinguishable). */
    USER_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** Another user is already registered with this (normalised) email address. */
    EMAIL_TAKEN(ErrorKind.CONFLICT),
    /** Someone else changed the resource between our read and our write; retrying is safe. */
    CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),
    /** The caller presented no credentials at all (a bad or stale token is {@link #INVALID_TOKEN}). */
    NOT_AUTHENTICATED(ErrorKind.UNAUTHENTICATED),
    /** Wrong email or password; which of the two is never said. */
    INVALID_CREDENTIALS(ErrorKind.UNAUTHENTICATED),
    /** A token that is malformed, forged, expired or revoked, or whose user is no longer active. */
    INVALID_TOKEN(ErrorKind.UNAUTHENTICATED),
    /** A refresh token presented again after it was rotated: a sign of theft, so its whole family is revoked. */
    REFRESH_TOKEN_REUSED(ErrorKind.UNAUTHENTICATED),
    /** The caller is known but may not do this. */
    FORBIDDEN(ErrorKind.FORBIDDEN),
    /** No such order, or one the caller may not see (the two are deliberately indistinguishable). */
    ORDER_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The order's status may not move to the one asked for (see {@code OrderStatus.next()}). */
    INVALID_ORDER_TRANSITION(ErrorKind.CONFLICT),
    /** An order total (or a line total) too large for a 64-bit count of minor units. */
    ORDER_TOTAL_OVERFLOW(ErrorKind.INVALID),
    /** An idempotency key used again for a different request than the one it first came with. */
    IDEMPOTENCY_KEY_REUSED(ErrorKind.INVALID),
    /** The first request with this idempotency key is still being processed; retry later. */
    IDEMPOTENCY_KEY_IN_PROGRESS(ErrorKind.CONFLICT),
    /** Too many attempts on one account or from one client address; the failure says how long to wait. */
    RATE_LIMITED(ErrorKind.RATE_LIMITED),
    /** A driven dependency (the database, a shared store) cannot be reached; retrying later may succeed. */
    SERVICE_UNAVAILABLE(ErrorKind.UNAVAILABLE),
    /** Too much work of one kind in progress (password hashing); retrying after the wait it names is safe. */
    SERVER_BUSY(ErrorKind.UNAVAILABLE);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    /**
     * The transport-neutral kind a driving adapter maps to its own vocabulary (an HTTP status, an exit code).
     *
     * @return the kind, never null
     */
    public ErrorKind kind() {
        return kind;
    }
}
