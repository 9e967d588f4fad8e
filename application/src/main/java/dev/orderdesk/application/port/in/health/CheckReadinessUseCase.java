package dev.orderdesk.application.port.in.health;

/** Checks every dependency the service needs to answer requests. */
@FunctionalInterface
public interface CheckReadinessUseCase {

    Readiness check();
}
