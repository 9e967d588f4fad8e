package dev.orderdesk.adapter.http;

import dev.orderdesk.application.port.in.order.ChangeOrderStatusUseCase;
import dev.orderdesk.application.port.in.order.CreateOrderUseCase;
import dev.orderdesk.application.port.in.order.GetOrderUseCase;
import dev.orderdesk.application.port.in.order.ListOrdersUseCase;
import java.util.Objects;

/** The order use cases the HTTP API serves; tests pass lambdas or fakes. */
public record OrderUseCases(CreateOrderUseCase create, GetOrderUseCase get, ListOrdersUseCase list,
                            ChangeOrderStatusUseCase changeStatus) {

    public OrderUseCases {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(changeStatus, "changeStatus");
    }
}
