package dev.orderdesk.application.port.in.health;

/** Checks every dependency the service needs to answer requests. */
@FunctionalInterface
public interface CheckReadinessUseCase {

    /**
     * Asks every dependency now; a dependency that fails to answer counts as down, it does not fail the check.
     *
     * @return each dependency's answer by name
     */
    Readiness check();
}
