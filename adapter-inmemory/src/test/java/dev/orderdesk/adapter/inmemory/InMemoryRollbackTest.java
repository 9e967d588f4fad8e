package dev.orderdesk.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.application.port.out.RefreshTokenHash;
import dev.orderdesk.application.port.out.RefreshTokenStore.NewRefreshToken;
import dev.orderdesk.application.port.out.RefreshTokenStore.Outcome;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserName;
import dev.orderdesk.testkit.concurrency.Concurrently;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A failed use case leaves nothing behind in any store, and one thread's rollback never undoes another's work. */
class InMemoryRollbackTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final IdempotencyKey KEY = new IdempotencyKey("key-1");

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryUserRepository users = new InMemoryUserRepository(transactions);
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(transactions);
    private final InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore(transactions);
    private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore(transactions);

    @Test
    void everyStoreUndoesWhatAFailedTransactionWrote() {
        User ada = users.add(user("ada@example.org")).orElseThrow();
        RefreshTokenHash token = new RefreshTokenHash("token");
        refreshTokens.add(new NewRefreshToken(token, ada.id(), UUID.randomUUID(), NOW, NOW.plusSeconds(3_600)));
        idempotency.claimIfAbsent(ada.id(), KEY, "fp", NOW);
        IdempotencyStore.Entry claim = idempotency.claimIfAbsent(ada.id(), KEY, "fp", NOW).holder().orElseThrow();

        Throwable thrown = catchThrowable(() -> transactions.inTransaction(() -> {
            users.add(user("bob@example.org")).orElseThrow();
            users.update(ada.rename(UserName.parse("Renamed"), NOW)).orElseThrow();
            assertThat(idempotency.takeOver(ada.id(), KEY, claim, "fp", NOW.plusSeconds(120), false)).isTrue();
            orders.add(order(ada));
            refreshTokens.consume(token, NOW);
            refreshTokens.revokeAllOf(ada.id(), NOW);
            throw new IllegalStateException("the use case failed after writing everywhere");
        }));

        assertThat(thrown).hasMessageContaining("failed after writing everywhere");
        assertThat(users.findByEmail(Email.parse("bob@example.org"))).isEmpty();
        assertThat(users.findById(ada.id())).contains(ada);
        assertThat(orders.count(OrderQuery.all())).isZero();
        assertThat(idempotency.claimIfAbsent(ada.id(), KEY, "fp", NOW).holder()).contains(claim);
        assertThat(refreshTokens.consume(token, NOW).outcome()).isEqualTo(Outcome.CONSUMED);
    }

    @Test
    void concurrentTransactionsRollBackOnlyTheirOwnChanges() throws Exception {
        AtomicInteger next = new AtomicInteger();

        List<Boolean> committed = Concurrently.run(32, () -> {
            int n = next.getAndIncrement();
            try {
                return transactions.inTransaction(() -> {
                    users.add(user("user-" + n + "@example.org")).orElseThrow();
                    if (n % 2 == 1) {
                        throw new IllegalStateException("odd ones fail");
                    }
                    return true;
                });
            } catch (IllegalStateException expected) {
                return false;
            }
        });

        assertThat(committed).filteredOn(Boolean::booleanValue).hasSize(16);
        assertThat(users.countActive()).isEqualTo(16);
        for (int n = 0; n < 32; n++) {
            assertThat(users.findByEmail(Email.parse("user-" + n + "@example.org")).isPresent()).isEqualTo(n % 2 == 0);
        }
    }

    @Test
    void anUndoLeavesAloneWhatAnotherTransactionChangedSince() {
        User ada = users.add(user("ada@example.org")).orElseThrow();
        User[] theirs = new User[1];

        catchThrowable(() -> transactions.inTransaction(() -> {
            User ours = users.update(ada.rename(UserName.parse("Ours"), NOW)).orElseThrow();
            Thread other = new Thread(() -> theirs[0] = transactions.inTransaction(() ->
                    users.update(ours.rename(UserName.parse("Theirs"), NOW)).orElseThrow()));
            other.start();
            join(other);
            throw new IllegalStateException("ours fails after theirs committed");
        }));

        assertThat(theirs[0]).isNotNull();
        assertThat(users.findById(ada.id())).contains(theirs[0]);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static NewUser user(String email) {
        return NewUser.register(Email.parse(email), UserName.parse("Someone"), new PasswordHash("hash"), NOW);
    }

    private static NewOrder order(User owner) {
        return new NewOrder(owner.id(), new CurrencyCode("EUR"),
                List.of(new OrderLine(new Sku("A"), new Quantity(1), UnitPrice.of(100))), NOW);
    }
}
