package dev.orderdesk.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.policy.AddressLimitPolicy;
import dev.orderdesk.application.policy.AddressLimitSettings;
import dev.orderdesk.application.testing.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AttemptCounter} must do, shown through the per-address policy it serves; run against the fake
 * and every real store. Keys are unique per test.
 */
public abstract class AttemptCounterContract {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:10Z");

    protected abstract AttemptCounter counter();

    private final String first = "198.51.100.1/" + UUID.randomUUID();
    private final String second = "198.51.100.2/" + UUID.randomUUID();

    @Test
    void limitsEachAddressPerMinuteAndSaysWhenTheNextMinuteStarts() {
        AddressLimitPolicy limit = new AddressLimitPolicy(counter(), new AddressLimitSettings(2));

        assertThat(limit.admit(first, T0)).isEmpty();
        assertThat(limit.admit(first, T0)).isEmpty();
        assertThat(limit.admit(first, T0)).contains(Duration.ofSeconds(50));
        assertThat(limit.admit(second, T0)).isEmpty();
        assertThat(limit.admit(first, T0.plusSeconds(50))).isEmpty();
    }

    @Test
    void zeroTurnsTheAddressLimitOff() {
        AddressLimitPolicy limit = new AddressLimitPolicy(counter(), new AddressLimitSettings(0));
        for (int i = 0; i < 1000; i++) {
            assertThat(limit.admit(first, T0)).isEmpty();
        }
    }

    @Test
    void aNewWindowStartsFromOne() {
        Duration minute = Duration.ofMinutes(1);
        Instant start = Instant.parse("2026-05-01T08:00:00Z");
        counter().increment(first, start, minute);
        counter().increment(first, start, minute);

        assertThat(counter().increment(first, start.plus(minute), minute)).isEqualTo(1);
    }

    @Test
    void concurrentIncrementsAreEachCountedOnce() throws Exception {
        Instant start = Instant.parse("2026-05-01T08:00:00Z");

        List<Long> counts = Concurrently.run(32, () -> counter().increment(first, start, Duration.ofMinutes(1)));

        assertThat(counts).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 32).boxed().toList());
    }
}
