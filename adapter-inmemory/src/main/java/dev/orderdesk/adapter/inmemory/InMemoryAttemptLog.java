package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.AttemptLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attempts in lists under one lock, so counting and recording are one atomic step. A key's attempts that left the
 * window are dropped when it is next recorded, and keys with nothing left in the window are swept now and then.
 */
final class InMemoryAttemptLog implements AttemptLog {

    private static final int SWEEP_EVERY = 1_024;

    private final Map<String, List<Instant>> attempts = new HashMap<>();
    private int sinceSweep;

    @Override
    public synchronized Optional<Instant> recordUnlessFull(String key, Instant at, Duration window, int limit) {
        sweepNowAndThen(at, window);
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
        List<Instant> recorded = attempts.get(key);
        if (recorded != null && recorded.remove(at) && recorded.isEmpty()) {
            attempts.remove(key);
        }
    }

    @Override
    public synchronized void clear(String key) {
        attempts.remove(key);
    }

    private void sweepNowAndThen(Instant now, Duration window) {
        if (++sinceSweep >= SWEEP_EVERY) {
            sinceSweep = 0;
            attempts.values().removeIf(recorded -> recorded.stream().noneMatch(at -> at.plus(window).isAfter(now)));
        }
    }
}
