package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Locks a key out for a fixed time after a number of failures within that time; enough to test the services. */
public final class CountingLoginThrottle implements LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, List<Instant>> failures = new ConcurrentHashMap<>();

    public CountingLoginThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Override
    public synchronized Optional<Duration> lockedFor(String key, Instant now) {
        List<Instant> recent = failures.getOrDefault(key, List.of()).stream()
                .filter(at -> at.plus(window).isAfter(now)).toList();
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.get(recent.size() - maxFailures).plus(window)));
    }

    @Override
    public synchronized void recordFailure(String key, Instant now) {
        failures.computeIfAbsent(key, k -> new ArrayList<>()).add(now);
    }

    @Override
    public synchronized void reset(String key) {
        failures.remove(key);
    }
}
