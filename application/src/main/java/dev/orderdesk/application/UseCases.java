package dev.orderdesk.application;

import dev.orderdesk.application.port.in.health.CheckReadinessUseCase;
import java.util.Objects;

/**
 * The catalogue: every use case Orderdesk offers, by area. Driving adapters (HTTP, the command line, a team's own)
 * take their use cases from here; {@link UseCaseFactory} builds it.
 */
public record UseCases(UserUseCases users, AuthUseCases auth, OrderUseCases orders, CheckReadinessUseCase readiness) {

    /** Checks every use case is present, so a wiring mistake fails at start-up, not on a request. */
    public UseCases {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(readiness, "readiness");
    }
}
