package dev.orderdesk.application;

import dev.orderdesk.application.port.in.order.ChangeOrderStatusUseCase;
import dev.orderdesk.application.port.in.order.CreateOrderUseCase;
import dev.orderdesk.application.port.in.order.GetOrderUseCase;
import dev.orderdesk.application.port.in.order.ListOrdersUseCase;
import dev.orderdesk.application.port.in.order.PlaceOrderOnBehalfUseCase;
import java.util.Objects;

/**
 * The order use cases Orderdesk offers; tests of a driving adapter may pass lambdas.
 *
 * @param create        places an order for the caller
 * @param get           reads one order
 * @param list          lists orders, by offset or keyset pages
 * @param changeStatus  moves an order to its next status
 * @param placeOnBehalf places an order for another user (administrators, the operator)
 */
public record OrderUseCases(CreateOrderUseCase create, GetOrderUseCase get, ListOrdersUseCase list,
                            ChangeOrderStatusUseCase changeStatus, PlaceOrderOnBehalfUseCase placeOnBehalf) {

    /**
     * Checks every use case is present, so a wiring mistake fails at start-up, not on a request.
     *
     * @param create        places an order for the caller
     * @param get           reads one order
     * @param list          lists orders
     * @param changeStatus  moves an order to its next status
     * @param placeOnBehalf places an order for another user
     */
    public OrderUseCases {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(changeStatus, "changeStatus");
        Objects.requireNonNull(placeOnBehalf, "placeOnBehalf");
    }
}
