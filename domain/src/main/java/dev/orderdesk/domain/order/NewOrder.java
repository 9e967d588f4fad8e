package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * An order that passed the creation rules but has no id yet; the repository turns it into an {@link Order}. An
 * administrator placing an order for themself is its owner placing it, and is recorded so.
 */
public record NewOrder(UserId owner, CurrencyCode currency, List<OrderLine> lines, Instant createdAt,
                       PlacedBy placedBy) {

    public static final int MAX_LINES = 100;

    public NewOrder {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(placedBy, "placedBy");
        if (placedBy.admin().filter(owner::equals).isPresent()) {
            placedBy = PlacedBy.owner();
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw DomainException.invalid("lines", "out_of_range", "must hold between 1 and " + MAX_LINES + " lines");
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        Orders.total(lines);
    }

    /** An order its owner places themself. */
    public NewOrder(UserId owner, CurrencyCode currency, List<OrderLine> lines, Instant createdAt) {
        this(owner, currency, lines, createdAt, PlacedBy.owner());
    }

    public Money total() {
        return Orders.total(lines);
    }
}
