package dev.orderdesk.domain;

import java.time.Duration;
import java.util.Objects;

/** Too many attempts, or too much work in progress; says how long until the next attempt can succeed. */
public final class RateLimitedException extends DomainException {

    /** How long until the next attempt can succeed. */
    private final Duration retryAfter;

    /**
     * A {@link ErrorCode#RATE_LIMITED} failure: this caller made too many attempts.
     *
     * @param message    what went wrong in words, safe to show to the caller
     * @param retryAfter how long until the next attempt can succeed
     */
    public RateLimitedException(String message, Duration retryAfter) {
        this(ErrorCode.RATE_LIMITED, message, retryAfter);
    }

    /**
     * A failure that names how long to wait.
     *
     * @param code       {@link ErrorCode#RATE_LIMITED} (this caller) or {@link ErrorCode#SERVER_BUSY} (everyone)
     * @param message    what went wrong in words, safe to show to the caller
     * @param retryAfter how long until the next attempt can succeed
     */
    public RateLimitedException(ErrorCode code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /**
     * How long the caller should wait before trying again.
     *
     * @return the wait, never null
     */
    public Duration retryAfter() {
        return retryAfter;
    }
}
