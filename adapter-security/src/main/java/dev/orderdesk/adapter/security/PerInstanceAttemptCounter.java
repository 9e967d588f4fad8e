package dev.orderdesk.adapter.security;

import dev.orderdesk.application.port.out.AttemptCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts kept in this process only (one instance). Counts of ended windows are swept out whenever a later window
 * is first seen, so memory stays bounded by the keys of the current window.
 */
public final class PerInstanceAttemptCounter implements AttemptCounter {

    private record Window(Instant start, long count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile Instant sweptAt = Instant.MIN;

    @Override
    public long increment(String key, Instant windowStart, Duration window) {
        sweepBefore(windowStart);
        return windows.merge(key, new Window(windowStart, 1), (old, fresh) ->
                old.start().equals(windowStart) ? new Window(windowStart, old.count() + 1) : fresh).count();
    }

    private void sweepBefore(Instant windowStart) {
        if (windowStart.isAfter(sweptAt)) {
            sweptAt = windowStart;
            windows.values().removeIf(window -> window.start().isBefore(windowStart));
        }
    }
}
