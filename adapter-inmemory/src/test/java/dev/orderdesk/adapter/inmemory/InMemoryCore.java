package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.DrivenPorts;
import dev.orderdesk.application.OrderdeskCore;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.policy.PolicySettings;
import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.testkit.time.ControllableClock;
import java.time.Instant;
import java.util.List;

/**
 * For tests: the real catalogue, built through the facade over the in-memory adapters and a clock the test moves —
 * what service tests and driving-adapter tests stand on. The stores stay reachable (their calls recorded) so tests can
 * arrange and inspect stored state.
 */
public final class InMemoryCore {

    private final InMemoryTransactionRunner inMemoryTransactions = new InMemoryTransactionRunner();

    public final ControllableClock clock;
    public final RecordingTransactionRunner transactions = new RecordingTransactionRunner(inMemoryTransactions);
    public final UserRepository users = transactions.recording(UserRepository.class, "users",
            new InMemoryUserRepository(inMemoryTransactions));
    public final OrderRepository orders = transactions.recording(OrderRepository.class, "orders",
            new InMemoryOrderRepository(inMemoryTransactions));
    public final RefreshTokenStore refreshTokens = transactions.recording(RefreshTokenStore.class, "refreshTokens",
            new InMemoryRefreshTokenStore(inMemoryTransactions));
    public final IdempotencyStore idempotency = transactions.recording(IdempotencyStore.class, "idempotency",
            new InMemoryIdempotencyStore(inMemoryTransactions));
    public final FakePasswordHasher hasher = new FakePasswordHasher(transactions);
    public final AccessTokens accessTokens;
    public final UseCases useCases;

    public InMemoryCore(Instant start) {
        this(start, new InMemoryAttemptCounter(), PolicySettings.DEFAULTS);
    }

    /** With the given store behind the per-address limit (a test can make one address always over it). */
    public InMemoryCore(Instant start, AttemptCounter addressAttempts, PolicySettings policies) {
        this.clock = new ControllableClock(start);
        this.accessTokens = new SignedAccessTokens(clock, InMemoryPorts.ACCESS_TOKEN_LIFETIME);
        this.useCases = OrderdeskCore.builder()
                .ports(new DrivenPorts(users, orders, refreshTokens, idempotency, transactions, hasher, accessTokens,
                        new RandomRefreshTokens(), new InMemoryAttemptLog(), addressAttempts,
                        List.of(new InMemoryHealthProbe())))
                .clock(clock)
                .policies(policies)
                .build();
    }
}
