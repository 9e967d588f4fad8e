package dev.orderdesk.adapter.http.order;

import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.PlacedBy;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** An order as the API shows it; totals are computed by the domain. */
record OrderResponse(long id, long userId, String status, String currency, List<Item> items, long total, long version,
                     Instant createdAt, Instant updatedAt, Placer placedBy) {

    /** Who placed the order: {@code user_id} is the owner's or the administrator's; null for the operator. */
    record Placer(String kind, Long userId) {
        static Placer from(Order order) {
            PlacedBy placedBy = order.placedBy();
            Long by = placedBy.isOwner() ? Long.valueOf(order.owner().value())
                    : placedBy.admin().map(UserId::value).orElse(null);
            return new Placer(placedBy.kind().code(), by);
        }
    }

    record Item(String sku, int quantity, long unitPrice, long lineTotal) {
        static Item from(OrderLine line) {
            return new Item(line.sku().value(), line.quantity().value(), line.unitPrice().minorUnits(),
                    line.lineTotal().minorUnits());
        }
    }

    static OrderResponse from(Order order) {
        return new OrderResponse(order.id().value(), order.owner().value(), order.status().code(),
                order.currency().value(), order.lines().stream().map(Item::from).toList(), order.total().minorUnits(),
                order.version(), order.createdAt(), order.updatedAt(), Placer.from(order));
    }
}
