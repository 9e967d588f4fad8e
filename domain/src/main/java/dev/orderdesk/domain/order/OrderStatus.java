package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where an order stands: pending → paid → shipped → delivered; pending or paid → cancelled. */
public enum OrderStatus {
    /** Placed and not yet paid; every order starts here. */
    PENDING,
    /** Paid by its owner. */
    PAID,
    /** On its way. */
    SHIPPED,
    /** Arrived; final. */
    DELIVERED,
    /** Cancelled before shipping; final. */
    CANCELLED;

    /**
     * The statuses this one may move to.
     *
     * @return a new set, empty for a final status
     */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /**
     * Whether an order may move from this status to {@code target}.
     *
     * @param target the status asked for
     * @return true when {@code target} is among {@link #next()}
     */
    public boolean mayMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /**
     * The lower-case name adapters show and stores keep; {@link #fromCode(String)} reads it back.
     *
     * @return such as {@code pending}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status a code names.
     *
     * @param code one of {@code pending}, {@code paid}, {@code shipped}, {@code delivered}, {@code cancelled}
     * @return the status
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code status} for any other code
     */
    public static OrderStatus fromCode(String code) {
        for (OrderStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw DomainException.invalid("status", "invalid_choice", "must be one of: pending, paid, shipped, delivered, cancelled");
    }
}
