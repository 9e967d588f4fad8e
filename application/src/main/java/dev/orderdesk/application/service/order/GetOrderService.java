package dev.orderdesk.application.service.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.order.GetOrderUseCase;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderId;

/** Finds one order for its owner or an admin. */
public final class GetOrderService implements GetOrderUseCase {

    private final OrderRepository orders;
    private final TransactionRunner transactions;

    /**
     * Creates the service.
     *
     * @param orders       reads the order
     * @param transactions runs the read
     */
    public GetOrderService(OrderRepository orders, TransactionRunner transactions) {
        this.orders = orders;
        this.transactions = transactions;
    }

    @Override
    public Order get(Caller caller, OrderId id) {
        return OrderAccess.visibleTo(caller, transactions.inTransaction(() -> orders.findById(id)));
    }
}
