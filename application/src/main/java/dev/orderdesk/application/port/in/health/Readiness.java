package dev.orderdesk.application.port.in.health;

import java.util.Map;

/**
 * The outcome of every dependency check by name; ready only when all are up.
 *
 * @param checks whether each dependency is up, by its name
 */
public record Readiness(Map<String, Boolean> checks) {

    /**
     * Copies the checks, so the outcome cannot change afterwards.
     *
     * @param checks whether each dependency is up, by its name
     */
    public Readiness {
        checks = Map.copyOf(checks);
    }

    /** @return true when every dependency is up (also when there is none) */
    public boolean isReady() {
        return checks.values().stream().allMatch(Boolean::booleanValue);
    }
}
