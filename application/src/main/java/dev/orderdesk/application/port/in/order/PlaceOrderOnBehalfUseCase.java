package dev.orderdesk.application.port.in.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.user.UserId;
import java.util.Optional;

/**
 * Places an order owned by another user, for administrators and the operator (a support desk, a phone order, an
 * import). The order records who placed it; otherwise it is exactly an order its owner placed.
 */
@FunctionalInterface
public interface PlaceOrderOnBehalfUseCase {

    /**
     * Idempotency works as for {@link CreateOrderUseCase}, with keys kept per owner: a retry with the same key, body
     * and placer replays the original order and creates nothing.
     *
     * @param caller  an administrator or the operator
     * @param owner   the active user who will own the order
     * @param command what is ordered
     * @param key     the idempotency key, if the caller sent one
     * @return the order, and whether this answer replays an earlier request
     * @throws dev.orderdesk.domain.DomainException {@code FORBIDDEN} when the caller is not an administrator;
     *         {@code USER_NOT_FOUND} when the owner does not exist or is deactivated; {@code IDEMPOTENCY_KEY_REUSED}
     *         for the same key with another body or placer; {@code IDEMPOTENCY_KEY_IN_PROGRESS} while the first
     *         request with the key is still running
     */
    OrderCreation place(Caller caller, UserId owner, CreateOrderCommand command, Optional<IdempotencyKey> key);
}
