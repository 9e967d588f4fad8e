package dev.orderdesk.adapter.security;

import dev.orderdesk.application.port.out.AttemptLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts kept in this process only (one instance). Every read and write of a key happens inside the map's atomic
 * {@code compute}, so concurrent attempts are counted exactly; keys whose attempts have all left the window are
 * dropped on their next touch.
 */
public final class PerInstanceAttemptLog implements AttemptLog {

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> recordUnlessFull(String key, Instant at, Duration window, int limit) {
        Instant[] fullUntil = new Instant[1];
        attempts.compute(key, (k, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(at)) {
                recent.removeFirst();
            }
            if (recent.size() >= limit) {
                fullUntil[0] = recent.stream().skip(recent.size() - limit).findFirst().orElseThrow().plus(window);
            } else {
                recent.addLast(at);
            }
            return recent.isEmpty() ? null : recent;
        });
        return Optional.ofNullable(fullUntil[0]);
    }

    @Override
    public void remove(String key, Instant at) {
        attempts.computeIfPresent(key, (k, times) -> {
            times.removeLastOccurrence(at);
            return times.isEmpty() ? null : times;
        });
    }

    @Override
    public void clear(String key) {
        attempts.remove(key);
    }
}
