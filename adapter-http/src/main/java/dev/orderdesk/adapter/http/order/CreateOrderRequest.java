package dev.orderdesk.adapter.http.order;

import dev.orderdesk.adapter.http.request.FieldViolations;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import java.util.ArrayList;
import java.util.List;

/** Body of {@code POST /api/v1/orders}. Every invalid line field is reported with its path, e.g. {@code items[2].sku}. */
record CreateOrderRequest(String currency, List<Item> items) {

    record Item(String sku, Integer quantity, Long unitPrice) {
    }

    CreateOrderCommand toCommand() {
        FieldViolations violations = new FieldViolations();
        CurrencyCode code = violations.field("currency", () -> new CurrencyCode(currency));
        List<OrderLine> lines = violations.field("items", () -> {
            if (items == null || items.isEmpty() || items.size() > NewOrder.MAX_LINES) {
                throw DomainException.invalid("out_of_range", "must hold 1 to " + NewOrder.MAX_LINES + " items");
            }
            return new ArrayList<OrderLine>();
        });
        if (lines != null) {
            for (int i = 0; i < items.size(); i++) {
                OrderLine line = line(items.get(i), "items[" + i + "]", violations);
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        violations.throwIfAny();
        return new CreateOrderCommand(code, lines);
    }

    private static OrderLine line(Item item, String path, FieldViolations violations) {
        if (item == null) {
            violations.field(path, () -> {
                throw DomainException.invalid("missing", "must be an object");
            });
            return null;
        }
        Sku sku = violations.field(path + ".sku", () -> new Sku(item.sku()));
        Quantity quantity = violations.field(path + ".quantity", () -> new Quantity(required(item.quantity())));
        var price = violations.field(path + ".unit_price", () -> UnitPrice.of(required(item.unitPrice())));
        return sku == null || quantity == null || price == null ? null : new OrderLine(sku, quantity, price);
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw DomainException.invalid("missing", "is required");
        }
        return value;
    }
}
