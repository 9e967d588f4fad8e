package dev.orderdesk.application.port.in.order;

import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.OrderLine;
import java.util.List;
import java.util.Objects;

/** What is ordered; the owner is the caller, or the user named to {@link PlaceOrderOnBehalfUseCase}. */
public record CreateOrderCommand(CurrencyCode currency, List<OrderLine> lines) {

    public CreateOrderCommand {
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
    }
}
