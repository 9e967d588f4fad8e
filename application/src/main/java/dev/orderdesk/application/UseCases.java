package dev.orderdesk.application;

import dev.orderdesk.application.port.in.health.CheckReadinessUseCase;
import java.util.Objects;

/**
 * The catalogue: every use case Orderdesk offers, by area. Driving adapters (HTTP, the command line, a team's own)
 * take their use cases from here; {@link UseCaseFactory} builds it.
 *
 * <p>The services behind it keep no state of their own, so one catalogue serves every thread at once, as long as the
 * driven ports are thread-safe. Besides the codes each use case names, a use case fails with what its driven ports
 * raise: {@code SERVICE_UNAVAILABLE} when a store cannot be reached, {@code SERVER_BUSY} from a password hasher that
 * bounds its work.
 *
 * @param users     the user-account use cases
 * @param auth      the authentication use cases
 * @param orders    the order use cases
 * @param readiness whether every dependency answers
 */
public record UseCases(UserUseCases users, AuthUseCases auth, OrderUseCases orders, CheckReadinessUseCase readiness) {

    /**
     * Checks every use case is present, so a wiring mistake fails at start-up, not on a request.
     *
     * @param users     the user-account use cases
     * @param auth      the authentication use cases
     * @param orders    the order use cases
     * @param readiness whether every dependency answers
     */
    public UseCases {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(readiness, "readiness");
    }
}
