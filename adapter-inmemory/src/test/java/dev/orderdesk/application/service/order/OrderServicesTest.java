package dev.orderdesk.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore;
import dev.orderdesk.adapter.inmemory.testfixtures.RecordingTransactionRunner;
import dev.orderdesk.application.policy.IdempotencySettings;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.order.ChangeOrderStatusUseCase;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.order.CreateOrderUseCase;
import dev.orderdesk.application.port.in.order.GetOrderUseCase;
import dev.orderdesk.application.port.in.order.ListOrdersUseCase;
import dev.orderdesk.application.port.in.order.OrderAction;
import dev.orderdesk.application.port.in.order.OrderCreation;
import dev.orderdesk.application.port.in.order.OrderSlice;
import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.OrderStatus;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.time.ControllableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class OrderServicesTest {

    private static final Caller ADA = new Caller(UserId.of(1), Role.USER);
    private static final Caller BOB = new Caller(UserId.of(2), Role.USER);
    private static final Caller ADMIN = new Caller(UserId.of(3), Role.ADMIN);
    private static final Optional<IdempotencyKey> KEY = Optional.of(new IdempotencyKey("key-1"));

    private final InMemoryCore core = new InMemoryCore(Instant.parse("2026-05-01T08:00:00Z"));
    private final ControllableClock clock = core.clock;
    private final RecordingTransactionRunner transactions = core.transactions;
    private final OrderRepository orders = core.orders;
    private final IdempotencyStore idempotency = core.idempotency;
    private final CreateOrderUseCase create = core.useCases.orders().create();
    private final GetOrderUseCase get = core.useCases.orders().get();
    private final ListOrdersUseCase list = core.useCases.orders().list();
    private final ChangeOrderStatusUseCase change = core.useCases.orders().changeStatus();

    @Test
    void theOrderAndItsCompletedClaimAreWrittenInsideATransactionAfterTheClaimCommitted() {
        create.create(ADA, command("EUR", 2, 150), KEY);

        assertThat(transactions.calls()).containsSubsequence(
                new RecordingTransactionRunner.Call("idempotency.claimIfAbsent", true),
                new RecordingTransactionRunner.Call("orders.add", true),
                new RecordingTransactionRunner.Call("idempotency.complete", true));
        assertThat(transactions.opened()).isEqualTo(2); // the claim commits first, so a concurrent retry sees it
    }

    @Test
    void aLostDatabaseIsReportedAsUnavailable() {
        transactions.down(true);

        assertThat(failure(() -> create.create(ADA, command("EUR", 2, 150), KEY)).code())
                .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(failure(() -> list.list(ADA, OrderQuery.all(), PageRequest.first())).code())
                .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void createsAPendingOrderOwnedByTheCaller() {
        OrderCreation created = create.create(ADA, command("EUR", 2, 150), Optional.empty());

        assertThat(created.replayed()).isFalse();
        assertThat(created.order().owner()).isEqualTo(ADA.id());
        assertThat(created.order().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(created.order().total().minorUnits()).isEqualTo(300);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheOriginalAndCreatesNothing() {
        Order original = create.create(ADA, command("EUR", 2, 150), KEY).order();
        change.apply(ADA, original.id(), OrderAction.PAY);

        OrderCreation retry = create.create(ADA, command("EUR", 2, 150), KEY);

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.order()).isEqualTo(original);
        assertThat(orders.count(OrderQuery.all())).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndOtherUsersKeysAreTheirOwn() {
        create.create(ADA, command("EUR", 2, 150), KEY);

        assertThat(failure(() -> create.create(ADA, command("EUR", 3, 150), KEY)).code())
                .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(create.create(BOB, command("EUR", 3, 150), KEY).replayed()).isFalse();
    }

    @Test
    void aRetryWhileTheFirstIsRunningIsTold409AndAStaleClaimIsTakenOver() {
        idempotency.claimIfAbsent(ADA.id(), KEY.get(), CreateOrderService.fingerprint(command("EUR", 2, 150)), clock.instant());

        assertThat(failure(() -> create.create(ADA, command("EUR", 2, 150), KEY)).code())
                .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS);

        clock.advance(IdempotencySettings.DEFAULTS.staleClaim());
        assertThat(create.create(ADA, command("EUR", 2, 150), KEY).replayed()).isFalse();
    }

    @Test
    void keysExpireAfterTwentyFourHours() {
        create.create(ADA, command("EUR", 2, 150), KEY);
        clock.advance(Duration.ofHours(24));

        assertThat(create.create(ADA, command("EUR", 9, 150), KEY).replayed()).isFalse();
        assertThat(orders.count(OrderQuery.all())).isEqualTo(2);
    }

    @Test
    void ordersAreVisibleToTheirOwnerAndAdminsOnly() {
        Order order = create.create(ADA, command("EUR", 1, 1), Optional.empty()).order();

        assertThat(get.get(ADA, order.id())).isEqualTo(order);
        assertThat(get.get(ADMIN, order.id())).isEqualTo(order);
        assertThat(failure(() -> get.get(BOB, order.id())).code()).isEqualTo(ErrorCode.ORDER_NOT_FOUND);
        assertThat(failure(() -> change.apply(BOB, order.id(), OrderAction.CANCEL)).code())
                .isEqualTo(ErrorCode.ORDER_NOT_FOUND);
    }

    @Test
    void rolesDecideWhoMovesAnOrder() {
        Order order = create.create(ADA, command("EUR", 1, 1), Optional.empty()).order();

        assertThat(failure(() -> change.apply(ADMIN, order.id(), OrderAction.PAY)).code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(change.apply(ADA, order.id(), OrderAction.PAY).status()).isEqualTo(OrderStatus.PAID);
        assertThat(failure(() -> change.apply(ADA, order.id(), OrderAction.SHIP)).code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(change.apply(ADMIN, order.id(), OrderAction.SHIP).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(failure(() -> change.apply(ADA, order.id(), OrderAction.CANCEL)).code())
                .isEqualTo(ErrorCode.INVALID_ORDER_TRANSITION);
        Order delivered = change.apply(ADMIN, order.id(), OrderAction.DELIVER);
        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.version()).isEqualTo(3);
    }

    @Test
    void usersListTheirOwnOrdersAndAdminsAnyonesByBothPagingStyles() {
        create.create(ADA, command("EUR", 1, 1), Optional.empty());
        clock.advance(Duration.ofSeconds(1));
        Order newest = create.create(ADA, command("EUR", 1, 2), Optional.empty()).order();
        create.create(BOB, command("EUR", 1, 3), Optional.empty());

        assertThat(list.list(ADA, OrderQuery.all(), PageRequest.first()).total()).isEqualTo(2);
        assertThat(list.list(ADMIN, OrderQuery.all(), PageRequest.first()).total()).isEqualTo(3);
        assertThat(list.list(ADMIN, new OrderQuery(Optional.empty(), Optional.of(BOB.id())), PageRequest.first())
                .total()).isEqualTo(1);
        assertThat(failure(() -> list.list(ADA, new OrderQuery(Optional.empty(), Optional.of(BOB.id())),
                PageRequest.first())).code()).isEqualTo(ErrorCode.FORBIDDEN);

        OrderSlice first = list.listAfter(ADA, OrderQuery.all(), Optional.empty(), 1);
        assertThat(first.items()).containsExactly(newest);
        OrderSlice second = list.listAfter(ADA, OrderQuery.all(), first.next(), 1);
        assertThat(second.items()).hasSize(1);
        assertThat(second.next()).isEmpty();
    }

    private static CreateOrderCommand command(String currency, int quantity, long price) {
        return new CreateOrderCommand(new CurrencyCode(currency),
                List.of(new OrderLine(new Sku("SKU-1"), new Quantity(quantity), UnitPrice.of(price))));
    }

    private static DomainException failure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }
}
