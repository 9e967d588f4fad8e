package dev.orderdesk.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Limits password guesses per key (an account). Every attempt counts as a failure from the moment it starts, so
 * parallel guesses cannot slip past the limit while the slow password check runs; a success clears the count.
 */
public interface LoginThrottle {

    /**
     * Counts one attempt, atomically with the check.
     *
     * @return how long the key is still locked out; when present the attempt was refused and not counted
     */
    Optional<Duration> attempt(String key, Instant now);

    /** The attempt succeeded: forget the key's failures. */
    void reset(String key);

    /**
     * Takes back the attempt made at {@code attemptedAt}: it ended before any password was checked (the server was
     * busy or the database down), so it must not bring the account closer to a lockout.
     */
    void withdraw(String key, Instant attemptedAt);
}
