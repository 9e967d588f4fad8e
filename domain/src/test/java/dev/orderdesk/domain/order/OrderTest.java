package dev.orderdesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");
    private static final EnumSet<OrderStatus> NONE = EnumSet.noneOf(OrderStatus.class);

    /** Every from×to pair, with whether it is allowed. */
    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                boolean allowed = switch (from) {
                    case PENDING -> to == OrderStatus.PAID || to == OrderStatus.CANCELLED;
                    case PAID -> to == OrderStatus.SHIPPED || to == OrderStatus.CANCELLED;
                    case SHIPPED -> to == OrderStatus.DELIVERED;
                    case DELIVERED, CANCELLED -> false;
                };
                pairs.add(Arguments.of(from, to, allowed));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void transitionsFollowTheStatusMachine(OrderStatus from, OrderStatus to, boolean allowed) {
        Order order = orderIn(from);
        Instant later = T0.plusSeconds(60);

        if (allowed) {
            Order moved = order.moveTo(to, later);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.updatedAt()).isEqualTo(later);
            assertThat(moved.version()).isEqualTo(order.version());
            assertThat(order.status()).isEqualTo(from);
        } else {
            assertThatThrownBy(() -> order.moveTo(to, later))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ORDER_TRANSITION);
                        assertThat(e.getMessage()).contains(from.code()).contains(to.code());
                    });
        }
    }

    @Test
    void finalStatesGoNowhere() {
        assertThat(OrderStatus.DELIVERED.next()).isEqualTo(NONE);
        assertThat(OrderStatus.CANCELLED.next()).isEqualTo(NONE);
    }

    @Test
    void totalsAreExactSumsOfLineTotals() {
        NewOrder order = new NewOrder(UserId.of(1), new CurrencyCode("EUR"),
                List.of(line("A", 3, 199), line("B", 10_000, UnitPrice.MAX)), T0);

        assertThat(order.lines().get(0).lineTotal()).isEqualTo(new Money(597));
        assertThat(order.total()).isEqualTo(new Money(597 + 10_000L * 1_000_000_000L));
    }

    @Test
    void moneyRefusesToOverflow() {
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE).plus(new Money(1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORDER_TOTAL_OVERFLOW));
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE / 2 + 1).times(2))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORDER_TOTAL_OVERFLOW));
    }

    @Test
    void anOrderHasOneToAHundredLines() {
        assertThatThrownBy(() -> new NewOrder(UserId.of(1), new CurrencyCode("EUR"), List.of(), T0))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new NewOrder(UserId.of(1), new CurrencyCode("EUR"),
                Collections.nCopies(101, line("A", 1, 1)), T0)).isInstanceOf(DomainException.class);
        assertThat(new NewOrder(UserId.of(1), new CurrencyCode("EUR"), Collections.nCopies(100, line("A", 1, 1)), T0)
                .lines()).hasSize(100);
    }

    @Test
    void linesCheckTheirBounds() {
        assertThatThrownBy(() -> new Sku("")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Sku("a".repeat(65))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Sku("has space")).isInstanceOf(DomainException.class);
        assertThat(new Sku("AB-12_x.y").value()).isEqualTo("AB-12_x.y");
        assertThatThrownBy(() -> new Quantity(0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Quantity(10_001)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> UnitPrice.of(-1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> UnitPrice.of(UnitPrice.MAX + 1)).isInstanceOf(DomainException.class);
    }

    @Test
    void currenciesMustBeKnownIsoCodes() {
        assertThat(new CurrencyCode("JPY").value()).isEqualTo("JPY");
        assertThatThrownBy(() -> new CurrencyCode("XYZ")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new CurrencyCode("eur")).isInstanceOf(DomainException.class);
    }

    @Test
    void aReplayShowsTheOrderAsItWasCreated() {
        Order paid = orderIn(OrderStatus.PAID);

        Order original = paid.asCreated();

        assertThat(original.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(original.version()).isZero();
        assertThat(original.updatedAt()).isEqualTo(original.createdAt());
        assertThat(original.lines()).isEqualTo(paid.lines());
    }

    private static Order orderIn(OrderStatus status) {
        Order order = Order.created(OrderId.of(1),
                new NewOrder(UserId.of(1), new CurrencyCode("EUR"), List.of(line("A", 1, 100)), T0));
        return Order.restore(order.id(), order.owner(), order.currency(), order.lines(), status, T0, T0, 3);
    }

    private static OrderLine line(String sku, int quantity, long unitPrice) {
        return new OrderLine(new Sku(sku), new Quantity(quantity), UnitPrice.of(unitPrice));
    }
}
