package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.DrivenPorts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Every driven port over fresh, empty in-memory adapters, in one call: the whole core without infrastructure.
 * <pre>{@code
 * UseCases core = OrderdeskCore.builder().ports(InMemoryPorts.create()).build();
 * }</pre>
 * Each call makes a new, independent set of stores sharing one transaction runner. Passwords are hashed with a fast
 * development hasher, and access tokens are signed with a key made for this set: fine for development, demos and
 * tests, not for real users' passwords or several instances.
 */
public final class InMemoryPorts {

    /** How long an access token issued by these ports stays valid. */
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);

    private InMemoryPorts() {
    }

    /** Ports whose access tokens expire by the system clock (UTC), the core's default clock. */
    public static DrivenPorts create() {
        return create(Clock.systemUTC());
    }

    /** Ports whose access tokens expire by {@code clock}: pass the clock the core is built with. */
    public static DrivenPorts create(Clock clock) {
        InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
        return new DrivenPorts(new InMemoryUserRepository(transactions), new InMemoryOrderRepository(transactions),
                new InMemoryRefreshTokenStore(transactions), new InMemoryIdempotencyStore(transactions), transactions,
                new DevelopmentPasswordHasher(), new SignedAccessTokens(clock, ACCESS_TOKEN_LIFETIME),
                new RandomRefreshTokens(), new InMemoryAttemptLog(), new InMemoryAttemptCounter(),
                List.of(new InMemoryHealthProbe()), new InMemoryAccountChanges());
    }
}
