package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The lockout rule in its simplest form (synchronized lists), enough to test the services. */
public final class CountingLoginThrottle implements LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, List<Instant>> attempts = new ConcurrentHashMap<>();

    public CountingLoginThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Override
    public synchronized Optional<Duration> attempt(String key, Instant now) {
        List<Instant> recent = new ArrayList<>(attempts.getOrDefault(key, List.of()).stream()
                .filter(at -> at.plus(window).isAfter(now)).toList());
        if (recent.size() >= maxFailures) {
            return Optional.of(Duration.between(now, recent.get(recent.size() - maxFailures).plus(window)));
        }
        recent.add(now);
        attempts.put(key, recent);
        return Optional.empty();
    }

    @Override
    public synchronized void reset(String key) {
        attempts.remove(key);
    }

    @Override
    public synchronized void withdraw(String key, Instant attemptedAt) {
        List<Instant> recent = new ArrayList<>(attempts.getOrDefault(key, List.of()));
        recent.remove(attemptedAt);
        attempts.put(key, recent);
    }
}
