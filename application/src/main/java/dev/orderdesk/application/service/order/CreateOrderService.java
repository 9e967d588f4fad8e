package dev.orderdesk.application.service.order;

import dev.orderdesk.application.policy.IdempotencyPolicy;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.order.CreateOrderUseCase;
import dev.orderdesk.application.port.in.order.OrderCreation;
import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderLine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Creates orders. With an idempotency key the claim is committed first, so a concurrent retry sees it and is told
 * the first attempt is still running; the order and the completed claim are then written in one transaction.
 */
public final class CreateOrderService implements CreateOrderUseCase {

    private final OrderRepository orders;
    private final IdempotencyStore idempotency;
    private final IdempotencyPolicy policy;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param orders       stores the order
     * @param idempotency  completes and releases claims on keys
     * @param policy       decides what a request with a key may do
     * @param transactions runs the claim and the creation
     * @param clock        the source of the order's creation instant
     */
    public CreateOrderService(OrderRepository orders, IdempotencyStore idempotency, IdempotencyPolicy policy,
                              TransactionRunner transactions, Clock clock) {
        this.orders = orders;
        this.idempotency = idempotency;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public OrderCreation create(Caller caller, CreateOrderCommand command, Optional<IdempotencyKey> key) {
        NewOrder candidate = new NewOrder(caller.id(), command.currency(), command.lines(), clock.instant());
        return store(candidate, fingerprint(command), key);
    }

    /**
     * Stores a candidate order, idempotently under its owner's key when one is given: the one path for orders placed
     * by their owner and on their behalf.
     */
    OrderCreation store(NewOrder candidate, String fingerprint, Optional<IdempotencyKey> key) {
        if (key.isEmpty()) {
            return new OrderCreation(transactions.inTransaction(() -> orders.add(candidate)), false);
        }
        Instant claimedAt = candidate.createdAt();
        IdempotencyPolicy.Claim claim = transactions.inTransaction(() ->
                policy.claim(candidate.owner(), key.get(), fingerprint, claimedAt));
        return switch (claim.outcome()) {
            case CLAIMED -> createClaimed(candidate, key.get(), claimedAt);
            case COMPLETED -> new OrderCreation(transactions.inTransaction(() -> orders.findById(claim.order()))
                    .orElseThrow(OrderAccess::notFound).asCreated(), true);
            case IN_PROGRESS -> throw inProgress();
            case MISMATCH -> throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This idempotency key was already used for a different order");
        };
    }

    private OrderCreation createClaimed(NewOrder candidate, IdempotencyKey key, Instant claimedAt) {
        try {
            return new OrderCreation(transactions.inTransaction(() -> {
                Order order = orders.add(candidate);
                if (!idempotency.complete(candidate.owner(), key, claimedAt, order.id())) {
                    // Our claim went stale and another request took it over: roll this order back.
                    throw inProgress();
                }
                return order;
            }), false);
        } catch (RuntimeException failure) {
            try {
                transactions.inTransaction(() -> {
                    idempotency.release(candidate.owner(), key, claimedAt);
                    return null;
                });
            } catch (RuntimeException releaseFailure) {
                failure.addSuppressed(releaseFailure);
            }
            throw failure;
        }
    }

    private static DomainException inProgress() {
        return new DomainException(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
                "An order with this idempotency key is still being placed; retry shortly");
    }

    /** A digest of what was ordered: the same order, retried, has the same fingerprint. */
    static String fingerprint(CreateOrderCommand command) {
        StringBuilder canonical = new StringBuilder(command.currency().value());
        for (OrderLine line : command.lines()) {
            canonical.append('|').append(line.sku().value()).append(':').append(line.quantity().value())
                    .append(':').append(line.unitPrice().minorUnits());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
