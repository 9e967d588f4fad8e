package dev.orderdesk.adapter.security;

import dev.orderdesk.application.port.out.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-instance login lockout: once {@code maxFailures} attempts fall within {@code window}, the key is locked until
 * the oldest of them leaves the window. All reads and writes of a key happen inside the map's atomic
 * {@code compute}, so concurrent attempts are counted exactly. Keys whose attempts have all expired are dropped.
 */
public final class InMemoryLoginThrottle implements LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public InMemoryLoginThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Override
    public Optional<Duration> attempt(String key, Instant now) {
        Duration[] locked = new Duration[1];
        attempts.compute(key, (k, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
                recent.removeFirst();
            }
            if (recent.size() >= maxFailures) {
                Instant unlocksAt = recent.stream().skip(recent.size() - maxFailures).findFirst().orElseThrow()
                        .plus(window);
                locked[0] = Duration.between(now, unlocksAt);
            } else {
                recent.addLast(now);
            }
            return recent.isEmpty() ? null : recent;
        });
        return Optional.ofNullable(locked[0]);
    }

    @Override
    public void reset(String key) {
        attempts.remove(key);
    }

    @Override
    public void withdraw(String key, Instant attemptedAt) {
        attempts.computeIfPresent(key, (k, times) -> {
            times.removeLastOccurrence(attemptedAt);
            return times.isEmpty() ? null : times;
        });
    }
}
