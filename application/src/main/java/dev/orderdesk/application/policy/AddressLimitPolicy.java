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

    /**
     * Creates the policy over a store shared by every instance, so the limit holds across them.
     *
     * @param counter  the attempts per address and window
     * @param settings the limit per minute, or 0 for none
     */
    public AddressLimitPolicy(AttemptCounter counter, AddressLimitSettings settings) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Counts one attempt from the address, in the calendar minute {@code now} falls in; counts nothing while the
     * limit is off.
     *
     * @param address the client's address
     * @param now     when the attempt is made
     * @return empty when the attempt may go on; otherwise the address is over its limit and must wait that long
     *         (until the next minute starts)
     */
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
