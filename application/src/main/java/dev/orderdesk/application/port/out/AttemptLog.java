package dev.orderdesk.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sliding-window log of attempts per key: the store behind the login lock-out. It decides nothing (the policy
 * passes the window and the limit); it records and counts atomically, so concurrent attempts cannot slip past a
 * limit while a slow password check runs.
 */
public interface AttemptLog {

    /**
     * Records an attempt at {@code at} unless {@code limit} attempts of the key already lie within {@code window}
     * before it; the count and the write are one atomic step.
     *
     * @param key    whose attempts, such as a normalised email
     * @param at     when the attempt started; it also names the attempt for {@link #remove}
     * @param window how far back attempts count
     * @param limit  how many attempts the window holds at most
     * @return empty when the attempt was recorded; otherwise (nothing recorded) the instant at which the oldest of
     *         those attempts leaves the window
     */
    Optional<Instant> recordUnlessFull(String key, Instant at, Duration window, int limit);

    /**
     * Removes one attempt recorded at {@code at}, if there is one.
     *
     * @param key whose attempt
     * @param at  the instant it was recorded with
     */
    void remove(String key, Instant at);

    /**
     * Removes every attempt of the key.
     *
     * @param key whose attempts
     */
    void clear(String key);
}
