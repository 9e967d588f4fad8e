package dev.orderdesk.domain;

/** The transport-neutral kind of a failure; each driving adapter maps kinds to its own vocabulary. */
public enum ErrorKind {
    INVALID,
    NOT_FOUND,
    CONFLICT,
    UNAUTHENTICATED,
    FORBIDDEN,
    RATE_LIMITED,
    UNAVAILABLE
}
