package dev.orderdesk.domain;

/** The transport-neutral kind of a failure; each driving adapter maps kinds to its own vocabulary. */
public enum ErrorKind {
    /** The input is wrong; repeating it unchanged fails again. */
    INVALID,
    /** The thing asked for does not exist, or the caller may not know that it does. */
    NOT_FOUND,
    /** The request clashes with the current state (a concurrent change, a taken email, a transition). */
    CONFLICT,
    /** The caller is not, or no longer, identified. */
    UNAUTHENTICATED,
    /** The caller is identified but not allowed. */
    FORBIDDEN,
    /** Too many attempts; the failure says how long to wait. */
    RATE_LIMITED,
    /** A dependency or capacity is missing right now; retrying later may succeed. */
    UNAVAILABLE
}
