package dev.orderdesk.application.port.in.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.order.IdempotencyKey;
import java.util.Optional;

/** Places an order for the caller; the order and its lines are written together or not at all. */
@FunctionalInterface
public interface CreateOrderUseCase {

    /**
     * With a key, a retry with the same command replays the original order and creates nothing.
     *
     * @throws dev.orderdesk.domain.DomainException {@code IDEMPOTENCY_KEY_REUSED} for the same key with another command;
     *         {@code IDEMPOTENCY_KEY_IN_PROGRESS} while the first call with the key is still running
     */
    OrderCreation create(Caller caller, CreateOrderCommand command, Optional<IdempotencyKey> key);
}
