package dev.orderdesk.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts failed logins per account key and locks the key out after too many within a window. */
public interface LoginThrottle {

    /** How long the key is still locked out, if it is. */
    Optional<Duration> lockedFor(String key, Instant now);

    void recordFailure(String key, Instant now);

    void reset(String key);
}
