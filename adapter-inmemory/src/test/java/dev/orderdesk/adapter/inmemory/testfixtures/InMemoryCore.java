package dev.orderdesk.adapter.inmemory.testfixtures;

import dev.orderdesk.adapter.inmemory.InMemoryPorts;
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
import java.util.Optional;

/**
 * For tests: the real catalogue, built through the facade over the in-memory adapters and a clock the test moves —
 * what service tests and driving-adapter tests stand on. The stores stay reachable (their calls recorded) so tests can
 * arrange and inspect stored state.
 */
public final class InMemoryCore {

    public final ControllableClock clock;
    public final RecordingTransactionRunner transactions;
    public final UserRepository users;
    public final OrderRepository orders;
    public final RefreshTokenStore refreshTokens;
    public final IdempotencyStore idempotency;
    public final FakePasswordHasher hasher;
    public final AccessTokens accessTokens;
    public final UseCases useCases;

    public InMemoryCore(Instant start) {
        this(start, Optional.empty(), PolicySettings.DEFAULTS);
    }

    /** With the given store behind the per-address limit (a test can make one address always over it). */
    public InMemoryCore(Instant start, AttemptCounter addressAttempts, PolicySettings policies) {
        this(start, Optional.of(addressAttempts), policies);
    }

    private InMemoryCore(Instant start, Optional<AttemptCounter> addressAttempts, PolicySettings policies) {
        this.clock = new ControllableClock(start);
        // The published in-memory adapters, with the repositories and stores wrapped so that tests see their calls.
        DrivenPorts memory = InMemoryPorts.create(clock);
        this.transactions = new RecordingTransactionRunner(memory.transactions());
        this.users = transactions.recording(UserRepository.class, "users", memory.users());
        this.orders = transactions.recording(OrderRepository.class, "orders", memory.orders());
        this.refreshTokens = transactions.recording(RefreshTokenStore.class, "refreshTokens", memory.refreshTokens());
        this.idempotency = transactions.recording(IdempotencyStore.class, "idempotency", memory.idempotency());
        this.hasher = new FakePasswordHasher(memory.passwordHasher(), transactions);
        this.accessTokens = memory.accessTokens();
        this.useCases = OrderdeskCore.builder()
                .ports(new DrivenPorts(users, orders, refreshTokens, idempotency, transactions, hasher, accessTokens,
                        memory.refreshTokenGenerator(), memory.loginAttempts(),
                        addressAttempts.orElse(memory.addressAttempts()), memory.healthProbes(),
                        memory.accountChanges()))
                .clock(clock)
                .policies(policies)
                .build();
    }
}
