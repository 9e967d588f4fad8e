package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A stored order. Immutable: a transition returns a new instance. Its lines, owner, currency and who placed it never
 * change after creation; only the status moves, along {@link OrderStatus#next()}. The version is that of the stored
 * state the instance derives from; the repository checks it on update.
 */
public final class Order {

    private final OrderId id;
    private final UserId owner;
    private final CurrencyCode currency;
    private final List<OrderLine> lines;
    private final OrderStatus status;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;
    private final PlacedBy placedBy;

    private Order(OrderId id, UserId owner, CurrencyCode currency, List<OrderLine> lines, OrderStatus status,
                  Instant createdAt, Instant updatedAt, long version, PlacedBy placedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.placedBy = Objects.requireNonNull(placedBy, "placedBy");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /**
     * The first stored state of a new order, for a repository that has just stored it.
     *
     * @param id    the id the repository assigned
     * @param order the order as accepted
     * @return the order, {@code PENDING} at version 0, last updated when created
     */
    public static Order created(OrderId id, NewOrder order) {
        return new Order(id, order.owner(), order.currency(), order.lines(), OrderStatus.PENDING, order.createdAt(),
                order.createdAt(), 0, order.placedBy());
    }

    /**
     * Rebuilds the stored state of an order its owner placed; performs no business rule.
     *
     * @param id        the stored id
     * @param owner     the stored owner
     * @param currency  the stored currency
     * @param lines     the stored lines; copied
     * @param status    the stored status
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version   the stored version, checked by the next update
     * @return the order as stored
     */
    public static Order restore(OrderId id, UserId owner, CurrencyCode currency, List<OrderLine> lines,
                                OrderStatus status, Instant createdAt, Instant updatedAt, long version) {
        return restore(id, owner, currency, lines, status, createdAt, updatedAt, version, PlacedBy.owner());
    }

    /**
     * Rebuilds stored state, including who placed the order; performs no business rule.
     *
     * @param id        the stored id
     * @param owner     the stored owner
     * @param currency  the stored currency
     * @param lines     the stored lines; copied
     * @param status    the stored status
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version   the stored version, checked by the next update
     * @param placedBy  who placed it
     * @return the order as stored
     */
    public static Order restore(OrderId id, UserId owner, CurrencyCode currency, List<OrderLine> lines,
                                OrderStatus status, Instant createdAt, Instant updatedAt, long version,
                                PlacedBy placedBy) {
        return new Order(id, owner, currency, lines, status, createdAt, updatedAt, version, placedBy);
    }

    /**
     * Moves the order to another status along {@link OrderStatus#next()}; this instance is unchanged.
     *
     * @param target the status to move to
     * @param now    when it moves, kept to the microsecond as {@link #updatedAt()}
     * @return the moved order, still at this version: the repository's update checks and advances it
     * @throws DomainException {@code INVALID_ORDER_TRANSITION} naming both states when the move is not allowed
     */
    public Order moveTo(OrderStatus target, Instant now) {
        if (!status.mayMoveTo(target)) {
            throw new DomainException(ErrorCode.INVALID_ORDER_TRANSITION,
                    "Cannot move an order from " + status.code() + " to " + target.code());
        }
        return new Order(id, owner, currency, lines, target, createdAt, now.truncatedTo(ChronoUnit.MICROS), version,
                placedBy);
    }

    /**
     * The order exactly as it was when created: what a replayed creation request answers.
     *
     * @return this order as {@code PENDING} at version 0, last updated when created
     */
    public Order asCreated() {
        return new Order(id, owner, currency, lines, OrderStatus.PENDING, createdAt, createdAt, 0, placedBy);
    }

    /**
     * The exact sum of the line totals.
     *
     * @return the total in the currency's minor unit
     * @throws DomainException {@code ORDER_TOTAL_OVERFLOW} for restored lines whose total does not fit
     */
    public Money total() {
        return Orders.total(lines);
    }

    /** @return the id the repository assigned */
    public OrderId id() {
        return id;
    }

    /** @return the user who owns the order */
    public UserId owner() {
        return owner;
    }

    /** @return the one currency of every line */
    public CurrencyCode currency() {
        return currency;
    }

    /** @return the lines, in the order placed; unmodifiable */
    public List<OrderLine> lines() {
        return lines;
    }

    /** @return where the order stands */
    public OrderStatus status() {
        return status;
    }

    /** @return when the order was placed, to the microsecond */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when the status last moved (the creation instant until then), to the microsecond */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the version of the stored state this instance derives from; 0 when created */
    public long version() {
        return version;
    }

    /** @return who placed the order: its owner, or an administrator or the operator on the owner's behalf */
    public PlacedBy placedBy() {
        return placedBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Order that && id.equals(that.id) && owner.equals(that.owner)
                && currency.equals(that.currency) && lines.equals(that.lines) && status == that.status
                && createdAt.equals(that.createdAt) && updatedAt.equals(that.updatedAt) && version == that.version
                && placedBy.equals(that.placedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Order[id=" + id.value() + ", status=" + status.code() + ", version=" + version + "]";
    }
}
