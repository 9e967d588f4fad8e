package dev.orderdesk.application.service.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.order.ListOrdersUseCase;
import dev.orderdesk.application.port.in.order.OrderSlice;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderCursor;
import dev.orderdesk.domain.order.OrderQuery;
import java.util.List;
import java.util.Optional;

/** Lists orders under the same visibility rules for both paging styles. */
public final class ListOrdersService implements ListOrdersUseCase {

    private final OrderRepository orders;
    private final TransactionRunner transactions;

    /**
     * Creates the service.
     *
     * @param orders       reads the pages and counts
     * @param transactions runs each page's reads
     */
    public ListOrdersService(OrderRepository orders, TransactionRunner transactions) {
        this.orders = orders;
        this.transactions = transactions;
    }

    @Override
    public Page<Order> list(Caller caller, OrderQuery query, PageRequest page) {
        OrderQuery scoped = OrderAccess.scoped(caller, query);
        return transactions.inTransaction(() ->
                new Page<>(orders.list(scoped, page.offset(), page.limit()), orders.count(scoped)));
    }

    @Override
    public OrderSlice listAfter(Caller caller, OrderQuery query, Optional<OrderCursor> after, int limit) {
        int pageSize = new PageRequest(0, limit).limit(); // the same 1..MAX_LIMIT bounds as offset pages
        OrderQuery scoped = OrderAccess.scoped(caller, query);
        // One extra row tells whether another page follows without a count.
        List<Order> found = transactions.inTransaction(() -> orders.listAfter(scoped, after, pageSize + 1));
        if (found.size() <= pageSize) {
            return new OrderSlice(found, Optional.empty());
        }
        List<Order> page = found.subList(0, pageSize);
        Order last = page.get(page.size() - 1);
        return new OrderSlice(page, Optional.of(new OrderCursor(last.createdAt(), last.id())));
    }
}
