package dev.orderdesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who placed an order is fixed at creation and survives every transition and replay. */
class PlacedByTest {

    private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");
    private static final UserId OWNER = UserId.of(1);
    private static final UserId ADMIN = UserId.of(9);

    @Test
    void anOrderIsPlacedByItsOwnerUnlessSaidOtherwise() {
        assertThat(newOrder(OWNER).placedBy()).isEqualTo(PlacedBy.owner());
        assertThat(Order.restore(OrderId.of(1), OWNER, new CurrencyCode("EUR"), lines(), OrderStatus.PAID, T0, T0, 1)
                .placedBy().isOwner()).isTrue();
    }

    @Test
    void anAdministratorPlacingAnOrderForThemselfIsItsOwnerPlacingIt() {
        NewOrder own = new NewOrder(ADMIN, new CurrencyCode("EUR"), lines(), T0, PlacedBy.admin(ADMIN));
        NewOrder forAnother = new NewOrder(OWNER, new CurrencyCode("EUR"), lines(), T0, PlacedBy.admin(ADMIN));

        assertThat(own.placedBy()).isEqualTo(PlacedBy.owner());
        assertThat(forAnother.placedBy().kind()).isEqualTo(PlacedBy.Kind.ADMIN);
        assertThat(forAnother.placedBy().admin()).contains(ADMIN);
    }

    @Test
    void whoPlacedAnOrderSurvivesTransitionsAndReplays() {
        Order placed = Order.created(OrderId.of(1),
                new NewOrder(OWNER, new CurrencyCode("EUR"), lines(), T0, PlacedBy.operator()));

        Order paid = placed.moveTo(OrderStatus.PAID, T0.plusSeconds(1));

        assertThat(paid.placedBy()).isEqualTo(PlacedBy.operator());
        assertThat(paid.asCreated()).isEqualTo(placed);
        assertThat(placed).isNotEqualTo(Order.created(OrderId.of(1), newOrder(OWNER)));
    }

    @Test
    void onlyAnAdministratorsPlacementNamesAUser() {
        assertThatThrownBy(() -> new PlacedBy(PlacedBy.Kind.ADMIN, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlacedBy(PlacedBy.Kind.OPERATOR, Optional.of(ADMIN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PlacedBy.Kind.OPERATOR.code()).isEqualTo("operator");
    }

    private static NewOrder newOrder(UserId owner) {
        return new NewOrder(owner, new CurrencyCode("EUR"), lines(), T0);
    }

    private static List<OrderLine> lines() {
        return List.of(new OrderLine(new Sku("A"), new Quantity(1), UnitPrice.of(100)));
    }
}
