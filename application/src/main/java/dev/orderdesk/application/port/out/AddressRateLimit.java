package dev.orderdesk.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Limits attempts per client address; a shared store (Redis) can implement it without touching the core. */
public interface AddressRateLimit {

    /** Counts one attempt; returns how long to wait when the address is over its limit (the attempt is refused). */
    Optional<Duration> tryAcquire(String address, Instant now);
}
