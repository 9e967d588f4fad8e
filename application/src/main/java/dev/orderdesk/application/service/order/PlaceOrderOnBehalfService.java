package dev.orderdesk.application.service.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.order.OrderCreation;
import dev.orderdesk.application.port.in.order.PlaceOrderOnBehalfUseCase;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.PlacedBy;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;

/**
 * Places orders for other users, through the same storing and idempotency path as {@link CreateOrderService}. The
 * owner is checked in a read of its own before that path's transactions: an owner deactivated in between still gets
 * the order, as when they place one themself at the moment of deactivation.
 */
public final class PlaceOrderOnBehalfService implements PlaceOrderOnBehalfUseCase {

    private final UserRepository users;
    private final CreateOrderService creation;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * @param users        where the owner is looked up
     * @param creation     the service whose storing and idempotency this one reuses
     * @param transactions runs the owner's lookup
     * @param clock        the source of the order's creation instant
     */
    public PlaceOrderOnBehalfService(UserRepository users, CreateOrderService creation, TransactionRunner transactions,
                                     Clock clock) {
        this.users = users;
        this.creation = creation;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public OrderCreation place(Caller caller, UserId owner, CreateOrderCommand command, Optional<IdempotencyKey> key) {
        PlacedBy placer = placer(caller);
        User ownerAccount = activeOwner(owner);
        NewOrder candidate = new NewOrder(ownerAccount.id(), command.currency(), command.lines(), clock.instant(),
                placer);
        return creation.store(candidate, fingerprint(command, candidate.placedBy()), key);
    }

    private static PlacedBy placer(Caller caller) {
        if (!caller.isAdmin()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only administrators may place orders for other users");
        }
        // An administrator naming themself is recorded as the owner placing it: NewOrder decides that.
        return caller.isOperator() ? PlacedBy.operator() : PlacedBy.admin(caller.id());
    }

    private User activeOwner(UserId owner) {
        User found = transactions.singleStatement(() -> users.findById(owner))
                .orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND, "User not found"));
        if (!found.isActive()) {
            throw new DomainException(ErrorCode.USER_NOT_FOUND,
                    "This user is deactivated; orders can be placed only for active users");
        }
        return found;
    }

    /**
     * The placer is part of what was asked: the same key and lines from another placer (or from the owner) are a
     * different request, refused as a reused key rather than replayed as someone else's order. An owner's own
     * placement keeps {@link CreateOrderService}'s fingerprint, so both paths replay each other's orders.
     */
    static String fingerprint(CreateOrderCommand command, PlacedBy placer) {
        String body = CreateOrderService.fingerprint(command);
        return placer.isOwner() ? body
                : body + "|placed-by:" + placer.kind().code() + placer.admin().map(admin -> ":" + admin.value()).orElse("");
    }
}
