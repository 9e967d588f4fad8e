package dev.orderdesk.application.port.in.order;

import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.OrderLine;
import java.util.List;
import java.util.Objects;

/**
 * What is ordered; the owner is the caller, or the user named to {@link PlaceOrderOnBehalfUseCase}.
 *
 * @param currency the one currency of every line
 * @param lines    the lines, in order; how many is checked when the order is created
 */
public record CreateOrderCommand(CurrencyCode currency, List<OrderLine> lines) {

    /**
     * Checks the currency is present and copies the lines.
     *
     * @param currency the one currency of every line
     * @param lines    the lines, in order
     */
    public CreateOrderCommand {
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
    }
}
