package dev.orderdesk.application.fakes;

import dev.orderdesk.application.DrivenPorts;
import dev.orderdesk.application.UseCaseFactory;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.policy.PolicySettings;
import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.application.port.out.HealthProbe;
import java.time.Instant;
import java.util.List;

/**
 * The real catalogue, built by the production {@link UseCaseFactory} over in-memory fakes and a clock the test moves:
 * what service tests and driving-adapter tests stand on. The fakes stay reachable so tests can arrange and inspect
 * stored state.
 */
public final class InMemoryCore {

    public final MutableClock clock;
    public final RecordingTransactionRunner transactions = new RecordingTransactionRunner();
    public final InMemoryUserRepository users = new InMemoryUserRepository(transactions);
    public final InMemoryOrderRepository orders = new InMemoryOrderRepository(transactions);
    public final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore(transactions);
    public final InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore(transactions);
    public final FakePasswordHasher hasher = new FakePasswordHasher(transactions);
    public final FakeAccessTokens accessTokens;
    public final InMemoryAttemptLog loginAttempts = new InMemoryAttemptLog();
    public final UseCases useCases;

    public InMemoryCore(Instant start) {
        this(start, new InMemoryAttemptCounter(), PolicySettings.DEFAULTS);
    }

    /** With the given store behind the per-address limit (a test can make one address always over it). */
    public InMemoryCore(Instant start, AttemptCounter addressAttempts, PolicySettings policies) {
        this.clock = new MutableClock(start);
        this.accessTokens = new FakeAccessTokens(clock);
        HealthProbe alwaysUp = new HealthProbe() {
            @Override
            public String name() {
                return "database";
            }

            @Override
            public boolean isUp() {
                return true;
            }
        };
        this.useCases = UseCaseFactory.build(new DrivenPorts(users, orders, refreshTokens, idempotency, transactions,
                hasher, accessTokens, new SequentialRefreshTokens(), loginAttempts, addressAttempts,
                List.of(alwaysUp)), policies, clock);
    }
}
