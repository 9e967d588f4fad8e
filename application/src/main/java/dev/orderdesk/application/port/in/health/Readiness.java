package dev.orderdesk.application.port.in.health;

import java.util.Map;

/** The outcome of every dependency check by name; ready only when all are up. */
public record Readiness(Map<String, Boolean> checks) {

    public Readiness {
        checks = Map.copyOf(checks);
    }

    public boolean isReady() {
        return checks.values().stream().allMatch(Boolean::booleanValue);
    }
}
