package dev.orderdesk.domain;

import java.time.Duration;
import java.util.Objects;

/** Too many attempts, or too much work in progress; says how long until the next attempt can succeed. */
public final class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        this(ErrorCode.RATE_LIMITED, message, retryAfter);
    }

    /** {@code code} is {@link ErrorCode#RATE_LIMITED} (this caller) or {@link ErrorCode#SERVER_BUSY} (everyone). */
    public RateLimitedException(ErrorCode code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
