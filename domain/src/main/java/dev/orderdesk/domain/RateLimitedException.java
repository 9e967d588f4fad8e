package dev.orderdesk.domain;

import java.time.Duration;
import java.util.Objects;

/** Too many attempts; says how long until the next one can succeed. */
public final class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super(ErrorCode.RATE_LIMITED, message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
