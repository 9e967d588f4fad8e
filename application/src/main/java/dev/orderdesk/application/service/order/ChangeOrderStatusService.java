package dev.orderdesk.application.service.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.order.ChangeOrderStatusUseCase;
import dev.orderdesk.application.port.in.order.OrderAction;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderId;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Moves an order along its status machine. The write is conditional on the version read, so of two concurrent
 * moves from one state only one succeeds; the other is told the transition is no longer valid.
 */
public final class ChangeOrderStatusService implements ChangeOrderStatusUseCase {

    private final OrderRepository orders;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param orders       reads and updates the order
     * @param transactions runs the read and the update together
     * @param clock        the source of the transition's instant
     */
    public ChangeOrderStatusService(OrderRepository orders, TransactionRunner transactions, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Order apply(Caller caller, OrderId id, OrderAction action) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Order order = OrderAccess.visibleTo(caller, orders.findById(id));
            requireRole(caller, order, action);
            Order moved = order.moveTo(action.target(), now);
            return orders.update(moved).orElseThrow(() -> new DomainException(ErrorCode.INVALID_ORDER_TRANSITION,
                    "The order changed while moving it from " + order.status().code() + " to "
                            + action.target().code() + "; reload it"));
        });
    }

    private static void requireRole(Caller caller, Order order, OrderAction action) {
        boolean owner = caller.is(order.owner());
        boolean allowed = switch (action) {
            case PAY -> owner;
            case CANCEL -> owner || caller.isAdmin();
            case SHIP, DELIVER -> caller.isAdmin();
        };
        if (!allowed) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Your role may not " + action.name().toLowerCase(Locale.ROOT) + " this order");
        }
    }
}
