package dev.orderdesk.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.order.CreateOrderUseCase;
import dev.orderdesk.application.port.in.order.GetOrderUseCase;
import dev.orderdesk.application.port.in.order.OrderCreation;
import dev.orderdesk.application.port.in.order.PlaceOrderOnBehalfUseCase;
import dev.orderdesk.application.port.in.user.AdminUpdateUserCommand;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.OrderStatus;
import dev.orderdesk.domain.order.PlacedBy;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Administrators and the operator place orders for other users; the order records who placed it. */
class PlaceOrderOnBehalfTest {

    private static final Optional<IdempotencyKey> KEY = Optional.of(new IdempotencyKey("phone-order-1"));

    private final InMemoryCore core = new InMemoryCore(Instant.parse("2026-05-01T08:00:00Z"));
    private final OrderRepository orders = core.orders;
    private final PlaceOrderOnBehalfUseCase place = core.useCases.orders().placeOnBehalf();
    private final CreateOrderUseCase create = core.useCases.orders().create();
    private final GetOrderUseCase get = core.useCases.orders().get();

    private final User ada = core.useCases.users().register().register(registration("ada@example.org"));
    private final User bob = core.useCases.users().register().register(registration("bob@example.org"));
    private final User root = core.useCases.users().createAdmin().create(registration("root@example.org"));

    @Test
    void anAdministratorPlacesAnOrderTheOwnerSeesAsTheirOwn() {
        OrderCreation placed = place.place(caller(root), ada.id(), command(2), Optional.empty());

        Order order = placed.order();
        assertThat(placed.replayed()).isFalse();
        assertThat(order.owner()).isEqualTo(ada.id());
        assertThat(order.placedBy()).isEqualTo(PlacedBy.admin(root.id()));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(get.get(caller(ada), order.id())).isEqualTo(order);
        assertThat(orders.findById(order.id())).contains(order);
    }

    @Test
    void theOperatorPlacesOrdersRecordedAsTheOperators() {
        Order order = place.place(Caller.operator(), ada.id(), command(2), Optional.empty()).order();

        assertThat(order.owner()).isEqualTo(ada.id());
        assertThat(order.placedBy()).isEqualTo(PlacedBy.operator());
    }

    @Test
    void anAdministratorPlacingForThemselfIsRecordedAsTheOwner() {
        Order order = place.place(caller(root), root.id(), command(1), Optional.empty()).order();

        assertThat(order.placedBy()).isEqualTo(PlacedBy.owner());
    }

    @Test
    void aPlainUserMayNotPlaceOrdersForAnyone() {
        assertThat(failure(() -> place.place(caller(bob), ada.id(), command(1), Optional.empty())).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(failure(() -> place.place(caller(ada), ada.id(), command(1), Optional.empty())).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(orders.count(OrderQuery.all())).isZero();
    }

    @Test
    void anUnknownOrDeactivatedOwnerIsRefusedAndNothingIsStored() {
        core.useCases.users().adminUpdate().update(Caller.operator(), bob.id(),
                new AdminUpdateUserCommand(Optional.empty(), Optional.empty(), Optional.of(false)));

        DomainException unknown = failure(() -> place.place(Caller.operator(), UserId.of(424242), command(1), KEY));
        DomainException deactivated = failure(() -> place.place(caller(root), bob.id(), command(1), KEY));

        assertThat(unknown.code()).isEqualTo(ErrorCode.USER_NOT_FOUND);
        assertThat(deactivated.code()).isEqualTo(ErrorCode.USER_NOT_FOUND);
        assertThat(deactivated).hasMessageContaining("deactivated");
        assertThat(orders.count(OrderQuery.all())).isZero();
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheOrderAndAnotherBodyIsRefused() {
        Order original = place.place(Caller.operator(), ada.id(), command(2), KEY).order();

        OrderCreation retry = place.place(Caller.operator(), ada.id(), command(2), KEY);

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.order()).isEqualTo(original);
        assertThat(failure(() -> place.place(Caller.operator(), ada.id(), command(3), KEY)).code())
                .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(orders.count(OrderQuery.all())).isEqualTo(1);
    }

    @Test
    void keysArePerOwnerAndAnotherPlacersRequestIsNeverReplayedAsItsOwn() {
        Order adasOwn = create.create(caller(ada), command(2), KEY).order();

        // The owner's key, the same lines: placed by someone else it is another request, not a replay.
        assertThat(failure(() -> place.place(caller(root), ada.id(), command(2), KEY)).code())
                .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(failure(() -> place.place(Caller.operator(), ada.id(), command(2), KEY)).code())
                .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        // An administrator placing for themself is their own request, replayed by either path.
        Order rootsOwn = create.create(caller(root), command(2), KEY).order();
        assertThat(place.place(caller(root), root.id(), command(2), KEY).order()).isEqualTo(rootsOwn);
        // The same key for another owner is that owner's.
        assertThat(place.place(caller(root), bob.id(), command(2), KEY).replayed()).isFalse();
        assertThat(orders.count(OrderQuery.all())).isEqualTo(3);
        assertThat(adasOwn.placedBy()).isEqualTo(PlacedBy.owner());
    }

    private static Caller caller(User user) {
        return new Caller(user.id(), user.role());
    }

    private static CreateOrderCommand command(int quantity) {
        return new CreateOrderCommand(new CurrencyCode("EUR"),
                List.of(new OrderLine(new Sku("SKU-1"), new Quantity(quantity), UnitPrice.of(150))));
    }

    private static RegisterUserCommand registration(String email) {
        return new RegisterUserCommand(Email.parse(email), UserName.parse("Someone"), PlainPassword.of("a-password"));
    }

    private static DomainException failure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }
}
