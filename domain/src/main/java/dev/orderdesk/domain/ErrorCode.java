package dev.orderdesk.domain;

/** The stable catalogue of business error codes; clients may branch on the names, so never rename one. */
public enum ErrorCode {
    VALIDATION_ERROR(ErrorKind.INVALID),
    USER_NOT_FOUND(ErrorKind.NOT_FOUND),
    EMAIL_TAKEN(ErrorKind.CONFLICT),
    SERVICE_UNAVAILABLE(ErrorKind.UNAVAILABLE);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
