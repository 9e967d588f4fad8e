package dev.orderdesk.adapter.http.order;

import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.Money;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Body of {@code POST /api/v1/orders}. Every invalid line field is reported with its path, e.g. {@code items[2].sku}. */
record CreateOrderRequest(String currency, List<Item> items) {

    record Item(String sku, Integer quantity, Long unitPrice) {
    }

    CreateOrderCommand toCommand() {
        FieldViolations violations = new FieldViolations();
        Optional<CurrencyCode> code = violations.field("currency", () -> new CurrencyCode(currency));
        Optional<List<Item>> checkedItems = violations.field("items", () -> {
            if (FieldViolations.required(items).isEmpty() || items.size() > NewOrder.MAX_LINES) {
                throw DomainException.invalid("out_of_range", "must hold 1 to " + NewOrder.MAX_LINES + " items");
            }
            return items;
        });
        // Every line is parsed, even after an invalid one, so that all of their violations are reported together.
        List<Optional<OrderLine>> lines = new ArrayList<>();
        checkedItems.ifPresent(present -> {
            for (int i = 0; i < present.size(); i++) {
                lines.add(line(present.get(i), "items[" + i + "]", violations));
            }
        });
        violations.throwIfAny();
        return new CreateOrderCommand(code.orElseThrow(), lines.stream().map(Optional::orElseThrow).toList());
    }

    private static Optional<OrderLine> line(Item item, String path, FieldViolations violations) {
        if (item == null) {
            return violations.field(path, () -> {
                throw DomainException.invalid("missing", "must be an object");
            });
        }
        Optional<Sku> sku = violations.field(path + ".sku", () -> new Sku(item.sku()));
        Optional<Quantity> quantity =
                violations.field(path + ".quantity", () -> new Quantity(FieldViolations.required(item.quantity())));
        Optional<Money> price = violations.field(path + ".unit_price", () -> UnitPrice.of(FieldViolations.required(item.unitPrice())));
        return sku.flatMap(s -> quantity.flatMap(q -> price.map(p -> new OrderLine(s, q, p))));
    }
}
