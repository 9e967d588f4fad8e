package dev.orderdesk.application.port.in.order;

import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.OrderLine;
import java.util.List;
import java.util.Objects;

/** What a caller orders; the owner is the caller. */
public record CreateOrderCommand(CurrencyCode currency, List<OrderLine> lines) {

    public CreateOrderCommand {
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
    }
}
