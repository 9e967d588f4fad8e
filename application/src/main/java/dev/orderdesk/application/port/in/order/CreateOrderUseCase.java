package dev.orderdesk.application.port.in.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.order.IdempotencyKey;
import java.util.Optional;

/** Places an order for the caller; the order and its lines are written together or not at all. */
@FunctionalInterface
public interface CreateOrderUseCase {

    /**
     * With a key, a retry with the same command replays the original order and creates nothing. Without a key the
     * order is written in one transaction; with one, the claim on the key is committed first in a transaction of its
     * own (so a concurrent retry sees it), then the order and the completed claim together in a second.
     *
     * @param caller  the user who places and owns the order
     * @param command what is ordered
     * @param key     the idempotency key, if the caller sent one; keys are kept per owner
     * @return the order, and whether this answer replays an earlier request
     * @throws dev.orderdesk.domain.DomainException {@code FORBIDDEN} for the operator, who cannot own orders;
     *         {@code VALIDATION_ERROR} on {@code lines} for no lines or too many; {@code ORDER_TOTAL_OVERFLOW};
     *         {@code IDEMPOTENCY_KEY_REUSED} for the same key with another command;
     *         {@code IDEMPOTENCY_KEY_IN_PROGRESS} while the first call with the key is still running
     */
    OrderCreation create(Caller caller, CreateOrderCommand command, Optional<IdempotencyKey> key);
}
