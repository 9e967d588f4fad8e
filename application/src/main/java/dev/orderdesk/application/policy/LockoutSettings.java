package dev.orderdesk.application.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * The login lock-out: {@code maxFailures} attempts on one account within {@code window} lock it until the oldest
 * of them leaves the window.
 *
 * @param maxFailures how many attempts the window allows, at least 1
 * @param window      how far back attempts count
 */
public record LockoutSettings(int maxFailures, Duration window) {

    /** Five failures in fifteen minutes. */
    public static final LockoutSettings DEFAULTS = new LockoutSettings(5, Duration.ofMinutes(15));

    /**
     * Checks at least one failure is allowed and the window is positive.
     *
     * @param maxFailures how many attempts the window allows
     * @param window      how far back attempts count
     */
    public LockoutSettings {
        Objects.requireNonNull(window, "window");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }
}
