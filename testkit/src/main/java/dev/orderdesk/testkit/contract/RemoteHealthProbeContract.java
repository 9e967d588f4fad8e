package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.HealthProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What a {@link HealthProbe} of a dependency outside the JVM (a database, a cache, another service) must do beyond
 * {@link HealthProbeContract}: say down — not throw, not hang — once the dependency is lost.
 */
public abstract class RemoteHealthProbeContract extends HealthProbeContract {

    /** Readiness checks run often; a probe bounds its own wait well below this. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected RemoteHealthProbeContract() {
    }

    /**
     * A probe whose dependency cannot be reached (say, a pool pointed at a port nothing listens on).
     *
     * @return the probe
     */
    protected abstract HealthProbe probeOfALostDependency();

    @Test
    void isDownWithoutThrowingOrHangingOnceTheDependencyIsLost() {
        HealthProbe lost = probeOfALostDependency();

        long started = System.nanoTime();
        boolean up = lost.isUp();

        assertThat(up).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PATIENCE);
    }
}
