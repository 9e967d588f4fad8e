package dev.orderdesk.application.service.health;

import dev.orderdesk.application.port.in.health.CheckReadinessUseCase;
import dev.orderdesk.application.port.in.health.Readiness;
import dev.orderdesk.application.port.out.HealthProbe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Asks every probe; a probe that throws counts as down rather than failing the check. */
public final class CheckReadinessService implements CheckReadinessUseCase {

    private final List<HealthProbe> probes;

    /**
     * Creates the service.
     *
     * @param probes the dependencies to ask, in the order readiness reports them; copied
     */
    public CheckReadinessService(List<HealthProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    @Override
    public Readiness check() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        for (HealthProbe probe : probes) {
            checks.put(probe.name(), isUp(probe));
        }
        return new Readiness(checks);
    }

    private static boolean isUp(HealthProbe probe) {
        try {
            return probe.isUp();
        } catch (RuntimeException failure) {
            return false;
        }
    }
}
