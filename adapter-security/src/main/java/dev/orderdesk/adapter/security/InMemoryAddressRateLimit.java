package dev.orderdesk.adapter.security;

import dev.orderdesk.application.port.out.AddressRateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-instance fixed-window limit: at most {@code perMinute} attempts per address in each minute. Zero disables it.
 * Windows of other minutes are swept out as new minutes start, so memory stays bounded by one minute's addresses.
 */
public final class InMemoryAddressRateLimit implements AddressRateLimit {

    private record Window(long minute, int count) {
    }

    private final int perMinute;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile long sweptMinute = Long.MIN_VALUE;

    public InMemoryAddressRateLimit(int perMinute) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("perMinute cannot be negative");
        }
        this.perMinute = perMinute;
    }

    @Override
    public Optional<Duration> tryAcquire(String address, Instant now) {
        if (perMinute == 0) {
            return Optional.empty();
        }
        long minute = now.getEpochSecond() / 60;
        sweep(minute);
        Window window = windows.merge(address, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() <= perMinute) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, Instant.ofEpochSecond((minute + 1) * 60)));
    }

    private void sweep(long minute) {
        if (sweptMinute != minute) {
            sweptMinute = minute;
            windows.values().removeIf(window -> window.minute() != minute);
        }
    }
}
