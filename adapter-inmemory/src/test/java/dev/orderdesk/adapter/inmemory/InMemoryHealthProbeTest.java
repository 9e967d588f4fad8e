package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.HealthProbe;
import dev.orderdesk.testkit.contract.HealthProbeContract;

/** The in-memory stores live in this JVM: there is no dependency to lose, so the remote down-case does not apply. */
class InMemoryHealthProbeTest extends HealthProbeContract {

    @Override
    protected HealthProbe probeOfAHealthyDependency() {
        return new InMemoryHealthProbe();
    }
}
