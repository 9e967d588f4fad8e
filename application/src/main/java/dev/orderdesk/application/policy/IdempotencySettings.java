package dev.orderdesk.application.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an idempotency key is remembered ({@code retention}) and after how long a claim still in progress is
 * presumed abandoned (a crashed request) and may be taken over ({@code staleClaim}).
 *
 * @param retention  how long a key is remembered from its first use
 * @param staleClaim how long a claim may stay in progress before another request may take it over
 */
public record IdempotencySettings(Duration retention, Duration staleClaim) {

    /** Keys kept a day; a claim abandoned after a minute. */
    public static final IdempotencySettings DEFAULTS = new IdempotencySettings(Duration.ofHours(24), Duration.ofMinutes(1));

    /**
     * Checks a claim goes stale before its key is forgotten.
     *
     * @param retention  how long a key is remembered
     * @param staleClaim when a claim in progress may be taken over; positive and shorter than {@code retention}
     */
    public IdempotencySettings {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(staleClaim, "staleClaim");
        if (staleClaim.isNegative() || staleClaim.isZero() || retention.compareTo(staleClaim) <= 0) {
            throw new IllegalArgumentException("staleClaim must be positive and shorter than retention");
        }
    }
}
