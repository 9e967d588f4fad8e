package dev.orderdesk.application.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts attempts per key in fixed windows: the store behind the per-address limit. It decides nothing (the policy
 * chooses the window and compares the count with its limit); counts of windows that have ended are forgotten.
 */
public interface AttemptCounter {

    /**
     * Adds one to the key's count in the window that starts at {@code windowStart} and lasts {@code window}, in one
     * atomic step. The window's length tells a shared store when it may forget the count (a Redis expiry, a
     * PostgreSQL sweep); a store that forgets a key's count when its next window starts may ignore it.
     *
     * @param key         whose attempts, such as a client address
     * @param windowStart when the current window started
     * @param window      how long a window lasts
     * @return the count in that window, this attempt included
     */
    long increment(String key, Instant windowStart, Duration window);
}
