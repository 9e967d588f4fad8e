package dev.orderdesk.application.policy;

import dev.orderdesk.application.port.out.AttemptCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Fixed one-minute windows per client address: over the limit, the caller waits for the next minute. */
public final class AddressLimitPolicy {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final AttemptCounter counter;
    private final AddressLimitSettings settings;

    public AddressLimitPolicy(AttemptCounter counter, AddressLimitSettings settings) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Counts one attempt from the address; when present, it is over its limit and must wait that long. */
    public Optional<Duration> admit(String address, Instant now) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        long windowSeconds = WINDOW.toSeconds();
        Instant windowStart = Instant.ofEpochSecond(now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), windowSeconds));
        long count = counter.increment(address, windowStart, WINDOW);
        if (count <= settings.perMinute()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, windowStart.plus(WINDOW)));
    }
}
