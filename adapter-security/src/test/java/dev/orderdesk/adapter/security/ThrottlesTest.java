package dev.orderdesk.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import dev.orderdesk.application.testing.Concurrently;
import org.junit.jupiter.api.Test;

class ThrottlesTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:10Z");

    @Test
    void locksAKeyAfterFiveAttemptsWithinFifteenMinutesAndLiftsWhenTheyAge() {
        InMemoryLoginThrottle throttle = new InMemoryLoginThrottle(5, Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt("ada", T0.plusSeconds(i))).isEmpty();
        }

        assertThat(throttle.attempt("ada", T0.plusSeconds(5))).contains(Duration.ofMinutes(15).minusSeconds(5));
        assertThat(throttle.attempt("bob", T0.plusSeconds(5))).isEmpty();
        assertThat(throttle.attempt("ada", T0.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void parallelAttemptsCannotSlipPastTheLimit() throws Exception {
        InMemoryLoginThrottle throttle = new InMemoryLoginThrottle(5, Duration.ofMinutes(15));

        List<Boolean> admitted = Concurrently.run(32, () -> throttle.attempt("ada", T0).isEmpty());

        assertThat(admitted).filteredOn(Boolean::booleanValue).hasSize(5);
    }

    @Test
    void aWithdrawnAttemptNoLongerCounts() {
        InMemoryLoginThrottle throttle = new InMemoryLoginThrottle(2, Duration.ofMinutes(15));
        throttle.attempt("ada", T0);
        throttle.attempt("ada", T0.plusSeconds(1));
        throttle.withdraw("ada", T0.plusSeconds(1));

        assertThat(throttle.attempt("ada", T0.plusSeconds(2))).isEmpty();
        assertThat(throttle.attempt("ada", T0.plusSeconds(3))).isPresent();
    }

    @Test
    void aSuccessfulLoginClearsTheAttempts() {
        InMemoryLoginThrottle throttle = new InMemoryLoginThrottle(2, Duration.ofMinutes(15));
        throttle.attempt("ada", T0);
        throttle.attempt("ada", T0);
        throttle.reset("ada");

        assertThat(throttle.attempt("ada", T0)).isEmpty();
    }

    @Test
    void limitsEachAddressPerMinuteAndSaysWhenTheNextMinuteStarts() {
        InMemoryAddressRateLimit limit = new InMemoryAddressRateLimit(2);

        assertThat(limit.tryAcquire("198.51.100.1", T0)).isEmpty();
        assertThat(limit.tryAcquire("198.51.100.1", T0)).isEmpty();
        assertThat(limit.tryAcquire("198.51.100.1", T0)).contains(Duration.ofSeconds(50));
        assertThat(limit.tryAcquire("198.51.100.2", T0)).isEmpty();
        assertThat(limit.tryAcquire("198.51.100.1", T0.plusSeconds(50))).isEmpty();
    }

    @Test
    void zeroTurnsTheAddressLimitOff() {
        InMemoryAddressRateLimit limit = new InMemoryAddressRateLimit(0);
        for (int i = 0; i < 1000; i++) {
            assertThat(limit.tryAcquire("198.51.100.1", T0)).isEmpty();
        }
    }
}
