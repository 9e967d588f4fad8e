package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.policy.AddressLimitPolicy;
import dev.orderdesk.application.policy.AddressLimitSettings;
import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.testkit.concurrency.Concurrently;
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

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected AttemptCounterContract() {
    }

    /**
     * The counter under test; other tests may share it.
     *
     * @return the counter
     */
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

    /** Each round, thirty-two increments of one fresh key race; every count from 1 to 32 is handed out once. */
    @Test
    void concurrentIncrementsAreEachCountedOnce() throws Exception {
        Instant start = Instant.parse("2026-05-01T08:00:00Z");

        List<List<Long>> rounds = Concurrently.race(Races.CROWD_ROUNDS, 32, (round, racer) -> {
            String key = first + "/" + round;
            return () -> counter().increment(key, start, Duration.ofMinutes(1));
        });

        for (List<Long> counts : rounds) {
            assertThat(counts).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 32).boxed().toList());
        }
    }
}
