package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.HealthProbe;
import dev.orderdesk.testkit.contract.HealthProbeContract;
import java.util.Optional;

/** The in-memory stores live in this JVM: there is no dependency to lose, so the down-case is skipped. */
class InMemoryHealthProbeTest extends HealthProbeContract {

    @Override
    protected HealthProbe probeOfAHealthyDependency() {
        return new InMemoryHealthProbe();
    }

    @Override
    protected Optional<HealthProbe> probeOfALostDependency() {
        return Optional.empty();
    }
}
