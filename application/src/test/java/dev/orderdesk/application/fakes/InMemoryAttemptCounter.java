package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.AttemptCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Counts in a map under one lock; a key's count restarts when its window start changes. */
public final class InMemoryAttemptCounter implements AttemptCounter {

    private record Count(Instant windowStart, long count) {
    }

    private final Map<String, Count> counts = new HashMap<>();

    @Override
    public synchronized long increment(String key, Instant windowStart, Duration window) {
        Count current = counts.get(key);
        long count = current != null && current.windowStart().equals(windowStart) ? current.count() + 1 : 1;
        counts.put(key, new Count(windowStart, count));
        return count;
    }
}
