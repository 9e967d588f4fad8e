package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.policy.LockoutPolicy;
import dev.orderdesk.application.policy.LockoutSettings;
import dev.orderdesk.application.port.out.AttemptLog;
import dev.orderdesk.testkit.concurrency.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AttemptLog} must do, shown through the lock-out policy it serves; run against the fake and every
 * real store. Keys are unique per test, so a shared store needs no cleaning between tests.
 */
public abstract class AttemptLogContract {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:10Z");

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected AttemptLogContract() {
    }

    /**
     * The log under test; other tests may share it.
     *
     * @return the log
     */
    protected abstract AttemptLog log();

    private final String ada = "ada-" + UUID.randomUUID() + "@example.org";
    private final String bob = "bob-" + UUID.randomUUID() + "@example.org";

    private LockoutPolicy lockout(int maxFailures) {
        return new LockoutPolicy(log(), new LockoutSettings(maxFailures, Duration.ofMinutes(15)));
    }

    @Test
    void locksAKeyAfterFiveAttemptsWithinFifteenMinutesAndLiftsWhenTheyAge() {
        LockoutPolicy lockout = lockout(5);
        for (int i = 0; i < 5; i++) {
            assertThat(lockout.begin(ada, T0.plusSeconds(i))).isEmpty();
        }

        assertThat(lockout.begin(ada, T0.plusSeconds(5))).contains(Duration.ofMinutes(15).minusSeconds(5));
        assertThat(lockout.begin(bob, T0.plusSeconds(5))).isEmpty();
        assertThat(lockout.begin(ada, T0.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void aRefusedAttemptIsNotRecorded() {
        AttemptLog log = log();
        Duration window = Duration.ofMinutes(1);
        assertThat(log.recordUnlessFull(ada, T0, window, 1)).isEmpty();
        for (int i = 1; i <= 10; i++) {
            assertThat(log.recordUnlessFull(ada, T0.plusSeconds(i), window, 1)).contains(T0.plus(window));
        }

        assertThat(log.recordUnlessFull(ada, T0.plus(window), window, 1)).isEmpty();
    }

    /** Each round, thirty-two attempts on one fresh key race a limit of five. */
    @Test
    void parallelAttemptsCannotSlipPastTheLimit() throws Exception {
        LockoutPolicy lockout = lockout(5);

        List<List<Boolean>> rounds = Concurrently.race(Races.CROWD_ROUNDS, 32, (round, racer) -> {
            String key = ada + "/" + round;
            return () -> lockout.begin(key, T0).isEmpty();
        });

        for (List<Boolean> admitted : rounds) {
            assertThat(admitted).filteredOn(Boolean::booleanValue).hasSize(5);
        }
    }

    @Test
    void aWithdrawnAttemptNoLongerCounts() {
        LockoutPolicy lockout = lockout(2);
        lockout.begin(ada, T0);
        lockout.begin(ada, T0.plusSeconds(1));
        lockout.withdraw(ada, T0.plusSeconds(1));

        assertThat(lockout.begin(ada, T0.plusSeconds(2))).isEmpty();
        assertThat(lockout.begin(ada, T0.plusSeconds(3))).isPresent();
    }

    @Test
    void withdrawingTakesBackOneOfAttemptsMadeAtTheSameInstant() {
        LockoutPolicy lockout = lockout(2);
        lockout.begin(ada, T0);
        lockout.begin(ada, T0);
        lockout.withdraw(ada, T0);

        assertThat(lockout.begin(ada, T0)).isEmpty();
        assertThat(lockout.begin(ada, T0)).isPresent();
    }

    @Test
    void aSuccessfulLoginClearsTheAttempts() {
        LockoutPolicy lockout = lockout(2);
        lockout.begin(ada, T0);
        lockout.begin(ada, T0);
        lockout.succeeded(ada);

        assertThat(lockout.begin(ada, T0)).isEmpty();
    }
}
