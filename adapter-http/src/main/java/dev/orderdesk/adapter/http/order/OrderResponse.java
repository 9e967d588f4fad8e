package dev.orderdesk.adapter.http.order;

import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderLine;
import java.time.Instant;
import java.util.List;

/** An order as the API shows it; totals are computed by the domain. */
record OrderResponse(long id, long userId, String status, String currency, List<Item> items, long total, long version,
                     Instant createdAt, Instant updatedAt) {

    record Item(String sku, int quantity, long unitPrice, long lineTotal) {
        static Item from(OrderLine line) {
            return new Item(line.sku().value(), line.quantity().value(), line.unitPrice().minorUnits(),
                    line.lineTotal().minorUnits());
        }
    }

    static OrderResponse from(Order order) {
        return new OrderResponse(order.id().value(), order.owner().value(), order.status().code(),
                order.currency().value(), order.lines().stream().map(Item::from).toList(), order.total().minorUnits(),
                order.version(), order.createdAt(), order.updatedAt());
    }
}
