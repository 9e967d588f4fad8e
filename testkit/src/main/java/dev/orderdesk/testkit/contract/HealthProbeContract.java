package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.HealthProbe;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HealthProbe} must do: answer to a short stable name, say up while its dependency answers, and say
 * down — not throw, not hang — once it is lost.
 */
public abstract class HealthProbeContract {

    /** Readiness checks run often; a probe bounds its own wait well below this. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected HealthProbeContract() {
    }

    /**
     * A probe whose dependency is up.
     *
     * @return the probe
     */
    protected abstract HealthProbe probeOfAHealthyDependency();

    /**
     * A probe whose dependency cannot be reached, or empty for a probe with no dependency outside the JVM (its
     * down-case is then reported as skipped, not passed).
     *
     * @return the probe, if its dependency can be lost
     */
    protected abstract Optional<HealthProbe> probeOfALostDependency();

    @Test
    void answersToAShortStableName() {
        HealthProbe probe = probeOfAHealthyDependency();

        assertThat(probe.name()).matches("[a-z][a-z0-9-]{0,31}").isEqualTo(probe.name());
    }

    @Test
    void isUpWhileTheDependencyAnswers() {
        HealthProbe probe = probeOfAHealthyDependency();

        assertThat(probe.isUp()).isTrue();
        assertThat(probe.isUp()).as("asked again").isTrue();
    }

    @Test
    void isDownWithoutThrowingOrHangingOnceTheDependencyIsLost() {
        Optional<HealthProbe> lost = probeOfALostDependency();
        Assumptions.assumeTrue(lost.isPresent(), "this probe has no dependency to lose");

        long started = System.nanoTime();
        boolean up = lost.get().isUp();

        assertThat(up).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PATIENCE);
    }
}
