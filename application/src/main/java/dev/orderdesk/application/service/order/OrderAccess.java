package dev.orderdesk.application.service.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderQuery;
import java.util.Optional;

/** Visibility rules shared by the order use cases: owners and admins see an order; nobody else learns it exists. */
final class OrderAccess {

    private OrderAccess() {
    }

    static Order visibleTo(Caller caller, Optional<Order> order) {
        return order.filter(found -> caller.maySee(found.owner())).orElseThrow(OrderAccess::notFound);
    }

    static DomainException notFound() {
        return new DomainException(ErrorCode.ORDER_NOT_FOUND, "Order not found");
    }

    /** Non-admins list only their own orders; asking for someone else's is forbidden. */
    static OrderQuery scoped(Caller caller, OrderQuery query) {
        if (caller.isAdmin()) {
            return query;
        }
        if (query.owner().isPresent() && !caller.is(query.owner().get())) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only administrators may list other users' orders");
        }
        return new OrderQuery(query.status(), Optional.of(caller.id()));
    }
}
