package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.AttemptLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attempts in lists under one lock: the simplest store that passes the contract. */
public final class InMemoryAttemptLog implements AttemptLog {

    private final Map<String, List<Instant>> attempts = new HashMap<>();

    @Override
    public synchronized Optional<Instant> recordUnlessFull(String key, Instant at, Duration window, int limit) {
        List<Instant> inWindow = new ArrayList<>(attempts.getOrDefault(key, List.of()).stream()
                .filter(attempt -> attempt.plus(window).isAfter(at)).toList());
        if (inWindow.size() >= limit) {
            return Optional.of(inWindow.get(inWindow.size() - limit).plus(window));
        }
        inWindow.add(at);
        attempts.put(key, inWindow);
        return Optional.empty();
    }

    @Override
    public synchronized void remove(String key, Instant at) {
        attempts.getOrDefault(key, new ArrayList<>()).remove(at);
    }

    @Override
    public synchronized void clear(String key) {
        attempts.remove(key);
    }
}
