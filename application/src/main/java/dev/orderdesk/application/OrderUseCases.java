package dev.orderdesk.application;

import dev.orderdesk.application.port.in.order.ChangeOrderStatusUseCase;
import dev.orderdesk.application.port.in.order.CreateOrderUseCase;
import dev.orderdesk.application.port.in.order.GetOrderUseCase;
import dev.orderdesk.application.port.in.order.ListOrdersUseCase;
import dev.orderdesk.application.port.in.order.PlaceOrderOnBehalfUseCase;
import java.util.Objects;

/** The order use cases Orderdesk offers; tests of a driving adapter may pass lambdas. */
public record OrderUseCases(CreateOrderUseCase create, GetOrderUseCase get, ListOrdersUseCase list,
                            ChangeOrderStatusUseCase changeStatus, PlaceOrderOnBehalfUseCase placeOnBehalf) {

    /** Checks every use case is present, so a wiring mistake fails at start-up, not on a request. */
    public OrderUseCases {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(changeStatus, "changeStatus");
        Objects.requireNonNull(placeOnBehalf, "placeOnBehalf");
    }
}
