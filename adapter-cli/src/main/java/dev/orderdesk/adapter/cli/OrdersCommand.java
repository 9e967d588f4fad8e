package dev.orderdesk.adapter.cli;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.order.OrderCreation;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Orders as the operator: placing one for a user (a phone order, a correction) through the same use case, rules and
 * idempotency as an administrator over HTTP. The order records that the operator placed it.
 */
@Command(name = "orders", mixinStandardHelpOptions = true, description = "Place orders for users.")
final class OrdersCommand {

    private static final Caller OPERATOR = Caller.operator();

    private final Operations operations;
    private final Terminal terminal;

    OrdersCommand(Operations operations, Terminal terminal) {
        this.operations = operations;
        this.terminal = terminal;
    }

    @Command(name = "place", mixinStandardHelpOptions = true,
            description = "Place an order owned by an active user, recorded as placed by the operator.")
    int place(@Option(names = "--for", required = true, paramLabel = "USER", description = "the owner: email or id")
              String owner,
              @Option(names = "--currency", required = true, description = "an ISO 4217 code, e.g. EUR") String currency,
              @Option(names = "--line", required = true, paramLabel = "SKU:QTY:PRICE",
                      description = "one line, repeatable; PRICE in minor units (cents)") List<String> lines,
              @Option(names = "--idempotency-key", paramLabel = "KEY",
                      description = "retrying with the same key and lines places the order only once") String key) {
        // Every option is checked, all at once, before the database is touched.
        FieldViolations violations = new FieldViolations();
        Optional<CurrencyCode> parsedCurrency = violations.field("--currency", () -> new CurrencyCode(currency));
        List<Optional<OrderLine>> parsedLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            parsedLines.add(violations.field("--line " + (i + 1), () -> line(line)));
        }
        Optional<Optional<IdempotencyKey>> parsedKey = violations.field("--idempotency-key",
                () -> Optional.ofNullable(key).map(IdempotencyKey::new));
        violations.throwIfAny();
        Inputs.UserRef ref = Inputs.user(owner);
        CreateOrderCommand command = new CreateOrderCommand(parsedCurrency.orElseThrow(),
                parsedLines.stream().map(Optional::orElseThrow).toList());
        OrderCreation placed = operations.withUseCases(core -> core.orders().placeOnBehalf()
                .place(OPERATOR, UsersCommand.find(core.users(), ref).id(), command, parsedKey.orElseThrow()));
        print(placed);
        return ExitCodes.OK;
    }

    private static OrderLine line(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw DomainException.invalid("malformed", "must be SKU:QTY:PRICE, e.g. A-1:2:1999");
        }
        // A quantity past int's range saturates, so that Quantity words the violation with its own bounds.
        int quantity = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number(parts[1])));
        return new OrderLine(new Sku(parts[0]), new Quantity(quantity), UnitPrice.of(number(parts[2])));
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            throw DomainException.invalid("malformed", "QTY and PRICE must be whole numbers");
        }
    }

    private void print(OrderCreation placed) {
        Order order = placed.order();
        terminal.out().println("id\tuser_id\tstatus\tcurrency\ttotal\tplaced_by");
        terminal.out().println(order.id().value() + "\t" + order.owner().value() + "\t" + order.status().code() + "\t"
                + order.currency().value() + "\t" + order.total().minorUnits() + "\t" + order.placedBy().kind().code());
        if (placed.replayed()) {
            terminal.out().println("Already placed with this idempotency key; nothing new was created");
        }
    }
}
