package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.HealthProbe;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HealthProbe} must do: answer to a short stable name and say up while its dependency answers. A
 * probe of a dependency outside the JVM, which can be lost, runs {@link RemoteHealthProbeContract} instead.
 */
public abstract class HealthProbeContract {

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected HealthProbeContract() {
    }

    /**
     * A probe whose dependency is up.
     *
     * @return the probe
     */
    protected abstract HealthProbe probeOfAHealthyDependency();

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
}
