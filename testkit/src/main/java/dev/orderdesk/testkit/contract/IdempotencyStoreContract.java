package dev.orderdesk.testkit.contract;

import static dev.orderdesk.testkit.fixture.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.policy.IdempotencyPolicy.Outcome;
import dev.orderdesk.application.policy.IdempotencyPolicy;
import dev.orderdesk.application.policy.IdempotencySettings;
import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.concurrency.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStore} must do, shown through the idempotency policy it serves (retention 24 h, stale
 * claims after 1 minute); run against the fake and against PostgreSQL.
 */
public abstract class IdempotencyStoreContract {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final IdempotencyKey KEY = new IdempotencyKey("order-2026-03-01-0001");

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected IdempotencyStoreContract() {
    }

    /**
     * The store under test; other tests may share it.
     *
     * @return the store
     */
    protected abstract IdempotencyStore store();

    /**
     * Orders a completed key can point at (the real store has a foreign key).
     *
     * @return an order repository joining {@link #transactions()}
     */
    protected abstract OrderRepository orders();

    /**
     * Runs work the way a use case would (real adapters need a transaction).
     *
     * @return the runner the store joins
     */
    protected abstract TransactionRunner transactions();

    /**
     * A stored user whose keys these are.
     *
     * @return a new user's id on every call
     */
    protected abstract UserId aUser();

    @Test
    void aNewKeyIsClaimedThenInProgressThenCompleted() {
        UserId user = aUser();
        assertThat(claim(user, "fp", NOW).outcome()).isEqualTo(Outcome.CLAIMED);
        assertThat(claim(user, "fp", NOW.plusSeconds(1)).outcome()).isEqualTo(Outcome.IN_PROGRESS);

        OrderId order = storedOrder(user);
        assertThat(tx(() -> store().complete(user, KEY, NOW, order))).isTrue();

        assertThat(claim(user, "fp", NOW.plusSeconds(2))).isEqualTo(new IdempotencyPolicy.Claim(Outcome.COMPLETED, order));
        assertThat(claim(user, "other-body", NOW.plusSeconds(2)).outcome()).isEqualTo(Outcome.MISMATCH);
    }

    @Test
    void keysAreScopedToTheUser() {
        UserId ada = aUser();
        UserId bob = aUser();

        assertThat(claim(ada, "fp", NOW).outcome()).isEqualTo(Outcome.CLAIMED);
        assertThat(claim(bob, "fp", NOW).outcome()).isEqualTo(Outcome.CLAIMED);
    }

    @Test
    void aReleasedClaimCanBeClaimedAgainAndAStaleOneTakenOver() {
        UserId user = aUser();
        claim(user, "fp", NOW);
        tx(() -> {
            store().release(user, KEY, NOW);
            return null;
        });
        assertThat(claim(user, "fp", NOW).outcome()).isEqualTo(Outcome.CLAIMED);

        Instant takeover = NOW.plus(Duration.ofMinutes(2));
        assertThat(claim(user, "fp", takeover).outcome()).isEqualTo(Outcome.CLAIMED);
        // The original, stale request can neither complete nor release the claim it lost.
        OrderId lateOrder = storedOrder(user);
        assertThat(tx(() -> store().complete(user, KEY, NOW, lateOrder))).isFalse();
        tx(() -> {
            store().release(user, KEY, NOW);
            return null;
        });
        assertThat(claim(user, "fp", takeover.plusSeconds(1)).outcome()).isEqualTo(Outcome.IN_PROGRESS);
    }

    @Test
    void aKeyIsKeptForTwentyFourHours() {
        UserId user = aUser();
        claim(user, "fp", NOW);
        OrderId order = storedOrder(user);
        tx(() -> store().complete(user, KEY, NOW, order));

        assertThat(claim(user, "fp", NOW.plus(Duration.ofHours(23))).outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(claim(user, "other", NOW.plus(Duration.ofHours(24))).outcome()).isEqualTo(Outcome.CLAIMED);
    }

    /** Each round races claims of one fresh key; exactly one claims it and every other finds it in progress. */
    @Test
    void ofConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        UserId user = aUser();
        int racers = Races.RACERS;

        List<List<Outcome>> rounds = Concurrently.race(Races.ROUNDS, racers, (round, racer) -> {
            IdempotencyKey key = raceKey(round);
            return () -> claim(user, key, "fp", NOW).outcome();
        });

        for (List<Outcome> results : rounds) {
            assertThat(results).filteredOn(o -> o == Outcome.CLAIMED).hasSize(1);
            assertThat(results).filteredOn(o -> o == Outcome.IN_PROGRESS).hasSize(racers - 1);
        }
    }

    /** Each round races take-overs of one stale claim; exactly one takes it over. */
    @Test
    void ofConcurrentTakeOversOfOneStaleClaimExactlyOneWins() throws Exception {
        UserId user = aUser();
        Instant later = NOW.plus(Duration.ofMinutes(2));

        List<List<Boolean>> rounds = Concurrently.race(Races.ROUNDS, Races.RACERS,
                round -> {
                    IdempotencyKey key = raceKey(round);
                    claim(user, key, "fp", NOW);
                    return new StaleClaim(key, tx(() -> store().claimIfAbsent(user, key, "fp", later)).holder()
                            .orElseThrow());
                },
                (stale, racer) -> () -> tx(() -> store().takeOver(user, stale.key(), stale.entry(), "fp", later, false)));

        for (List<Boolean> won : rounds) {
            assertThat(won).filteredOn(Boolean::booleanValue).hasSize(1);
        }
    }

    private record StaleClaim(IdempotencyKey key, IdempotencyStore.Entry entry) {
    }

    private static IdempotencyKey raceKey(int round) {
        return new IdempotencyKey("race-2026-03-01-" + round);
    }

    private IdempotencyPolicy.Claim claim(UserId user, String fingerprint, Instant at) {
        return claim(user, KEY, fingerprint, at);
    }

    private IdempotencyPolicy.Claim claim(UserId user, IdempotencyKey key, String fingerprint, Instant at) {
        IdempotencyPolicy policy = new IdempotencyPolicy(store(), IdempotencySettings.DEFAULTS);
        return tx(() -> policy.claim(user, key, fingerprint, at));
    }

    private OrderId storedOrder(UserId user) {
        return tx(() -> orders().add(anOrder().ownedBy(user).withLine("A", 1, 1).createdAt(NOW).build())).id();
    }

    private <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }
}
