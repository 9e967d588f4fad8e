package org.example.importer;

import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.order.OrderCreation;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.Money;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.example.importer.CsvOrders.OrderRows;
import org.example.importer.CsvOrders.Row;
import org.example.importer.ImportReport.Rejection;

/**
 * Imports orders from CSV through Orderdesk's use cases, acting as the operator: a trusted batch job, not a user.
 * Each order is placed on behalf of its customer with the idempotency key {@code import:<order_ref>}, so importing a
 * file again replays what it already placed instead of placing it twice. A customer the core does not know is
 * registered first, with a random password nobody knows. An order with any invalid value is rejected whole, with
 * every invalid value named by line and column; nothing of it is stored. One import at a time per importer.
 */
public final class CsvOrderImporter {

    private static final Caller OPERATOR = Caller.operator();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UseCases core;
    private int registered;

    public CsvOrderImporter(UseCases core) {
        this.core = core;
    }

    /** @throws IllegalArgumentException when the file does not start with the expected header */
    public ImportReport importFrom(Reader csv) throws IOException {
        List<OrderId> placed = new ArrayList<>();
        List<OrderId> replayed = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        int registeredBefore = registered;
        for (OrderRows order : CsvOrders.read(csv)) {
            try {
                OrderCreation creation = place(order);
                (creation.replayed() ? replayed : placed).add(creation.order().id());
            } catch (DomainException e) {
                rejected.add(new Rejection(order.ref(), order.firstLine(), e.code(), e.getMessage(), e.violations()));
            }
        }
        return new ImportReport(placed, replayed, registered - registeredBefore, rejected);
    }

    private OrderCreation place(OrderRows order) {
        Row first = order.rows().get(0);
        FieldViolations violations = new FieldViolations();
        Optional<IdempotencyKey> key = violations.field(at(first, "order_ref"),
                () -> new IdempotencyKey("import:" + first.value("order_ref")));
        Optional<Email> email = violations.field(at(first, "customer_email"),
                () -> Email.parse(first.value("customer_email")));
        Optional<UserName> name = violations.field(at(first, "customer_name"),
                () -> UserName.parse(first.value("customer_name")));
        Optional<CurrencyCode> currency = violations.field(at(first, "currency"),
                () -> new CurrencyCode(first.value("currency")));
        List<Optional<OrderLine>> lines = new ArrayList<>();
        for (Row row : order.rows()) {
            violations.field(at(row, "customer_email"), () -> sameAsFirst(row, first, "customer_email"));
            violations.field(at(row, "currency"), () -> sameAsFirst(row, first, "currency"));
            Optional<Sku> sku = violations.field(at(row, "sku"), () -> new Sku(row.value("sku")));
            Optional<Quantity> quantity = violations.field(at(row, "quantity"),
                    () -> Quantity.of(wholeNumber(row.value("quantity"))));
            Optional<Money> price = currency.flatMap(code -> violations.field(at(row, "unit_price"),
                    () -> Money.ofDecimal(decimal(row.value("unit_price")), code)));
            lines.add(sku.flatMap(s -> quantity.flatMap(q -> price.map(p -> new OrderLine(s, q, p)))));
        }
        violations.throwIfAny();

        UserId customer = customer(email.orElseThrow(), name.orElseThrow());
        CreateOrderCommand command = new CreateOrderCommand(currency.orElseThrow(),
                lines.stream().map(Optional::orElseThrow).toList());
        return core.orders().placeOnBehalf().place(OPERATOR, customer, command, key);
    }

    /** The customer's account: found by email, or registered now. */
    private UserId customer(Email email, UserName name) {
        try {
            return core.users().findByEmail().find(OPERATOR, email).id();
        } catch (DomainException e) {
            if (e.code() != ErrorCode.USER_NOT_FOUND) {
                throw e;
            }
        }
        User created = core.users().register().register(new RegisterUserCommand(email, name, randomPassword()));
        registered++;
        return created.id();
    }

    private static String at(Row row, String column) {
        return "line " + row.line() + " " + column;
    }

    private static String sameAsFirst(Row row, Row first, String column) {
        if (!row.value(column).equals(first.value(column))) {
            throw DomainException.invalid("inconsistent", "differs from the order's first line " + first.line());
        }
        return row.value(column);
    }

    private static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("malformed", "must be a whole number");
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("malformed", "must be a decimal number such as 12.50");
        }
    }

    private static PlainPassword randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return PlainPassword.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
