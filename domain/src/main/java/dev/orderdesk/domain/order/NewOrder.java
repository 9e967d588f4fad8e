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
 *
 * @param owner     the user who will own the order
 * @param currency  the one currency of every line
 * @param lines     1–{@value #MAX_LINES} lines, in the order given
 * @param createdAt when it was placed, kept to the microsecond
 * @param placedBy  who placed it
 */
public record NewOrder(UserId owner, CurrencyCode currency, List<OrderLine> lines, Instant createdAt,
                       PlacedBy placedBy) {

    /** The most lines one order may hold. */
    public static final int MAX_LINES = 100;

    /**
     * Checks the creation rules: {@code VALIDATION_ERROR} on field {@code lines} unless there are 1–{@value #MAX_LINES}
     * lines, {@code ORDER_TOTAL_OVERFLOW} when the total does not fit. Truncates {@code createdAt} to microseconds and
     * records an administrator placing their own order as its owner.
     *
     * @param owner     the user who will own the order
     * @param currency  the one currency of every line
     * @param lines     the lines; copied
     * @param createdAt when it was placed
     * @param placedBy  who placed it
     */
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

    /**
     * An order its owner places themself; the same checks as the canonical constructor.
     *
     * @param owner     the user who places and owns the order
     * @param currency  the one currency of every line
     * @param lines     the lines; copied
     * @param createdAt when it was placed
     */
    public NewOrder(UserId owner, CurrencyCode currency, List<OrderLine> lines, Instant createdAt) {
        this(owner, currency, lines, createdAt, PlacedBy.owner());
    }

    /**
     * The exact sum of the line totals; it fits, since construction checked it.
     *
     * @return the total in the currency's minor unit
     */
    public Money total() {
        return Orders.total(lines);
    }
}
