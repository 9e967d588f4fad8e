package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.AttemptCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts in a map under one lock; a key's count restarts when its window start changes. Counts of windows that have
 * ended are swept now and then, so a stream of distinct keys (addresses) does not grow the map without bound.
 */
final class InMemoryAttemptCounter implements AttemptCounter {

    private static final int SWEEP_EVERY = 1_024;

    private record Count(Instant windowStart, Instant windowEnd, long count) {
    }

    private final Map<String, Count> counts = new HashMap<>();
    private int sinceSweep;

    @Override
    public synchronized long increment(String key, Instant windowStart, Duration window) {
        sweepNowAndThen(windowStart);
        Count current = counts.get(key);
        long count = current != null && current.windowStart().equals(windowStart) ? current.count() + 1 : 1;
        counts.put(key, new Count(windowStart, windowStart.plus(window), count));
        return count;
    }

    private void sweepNowAndThen(Instant now) {
        if (++sinceSweep >= SWEEP_EVERY) {
            sinceSweep = 0;
            counts.values().removeIf(count -> !count.windowEnd().isAfter(now));
        }
    }
}
