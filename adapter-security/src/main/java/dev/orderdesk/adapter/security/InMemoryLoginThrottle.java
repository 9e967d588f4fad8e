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
 * Per-instance login lockout: after {@code maxFailures} failures within {@code window}, the key is locked until the
 * oldest of those failures leaves the window. Keys whose failures have all expired are dropped, so memory is bounded
 * by recent failures.
 */
public final class InMemoryLoginThrottle implements LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public InMemoryLoginThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Override
    public Optional<Duration> lockedFor(String key, Instant now) {
        Deque<Instant> recent = failures.computeIfPresent(key, (k, times) -> prune(times, now));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            Instant unlocksAt = recent.stream().skip(recent.size() - maxFailures).findFirst().orElseThrow().plus(window);
            return Optional.of(Duration.between(now, unlocksAt));
        }
    }

    @Override
    public void recordFailure(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : prune(times, now);
            kept = kept == null ? new ArrayDeque<>() : kept;
            kept.addLast(now);
            return kept;
        });
    }

    @Override
    public void reset(String key) {
        failures.remove(key);
    }

    /** Drops failures older than the window; null (removing the key) when none are left. */
    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
                times.removeFirst();
            }
            return times.isEmpty() ? null : times;
        }
    }
}
