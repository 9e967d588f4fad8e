package dev.orderdesk.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.policy.IdempotencyPolicy.Outcome;
import dev.orderdesk.application.policy.IdempotencyPolicy;
import dev.orderdesk.application.policy.IdempotencySettings;
import dev.orderdesk.application.testing.Concurrently;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import dev.orderdesk.domain.user.UserId;
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

    protected abstract IdempotencyStore store();

    protected abstract OrderRepository orders();

    protected abstract TransactionRunner transactions();

    protected abstract UserId aUser();

    @Test
    void aNewKeyIsClaimedThenInProgressThenCompleted() {
        UserId user = aUser();
        assertThat(claim(user, "fp", NOW).outcome()).isEqualTo(Outcome.CLAIMED);
        assertThat(claim(user, "fp", NOW.plusSeconds(1)).outcome()).isEqualTo(Outcome.IN_PROGRESS);

        OrderId order = anOrder(user);
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
        OrderId lateOrder = anOrder(user);
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
        OrderId order = anOrder(user);
        tx(() -> store().complete(user, KEY, NOW, order));

        assertThat(claim(user, "fp", NOW.plus(Duration.ofHours(23))).outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(claim(user, "other", NOW.plus(Duration.ofHours(24))).outcome()).isEqualTo(Outcome.CLAIMED);
    }

    @Test
    void ofConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        UserId user = aUser();
        int racers = 10;

        List<Outcome> results = Concurrently.run(racers, () -> claim(user, "fp", NOW).outcome());

        assertThat(results).filteredOn(o -> o == Outcome.CLAIMED).hasSize(1);
        assertThat(results).filteredOn(o -> o == Outcome.IN_PROGRESS).hasSize(racers - 1);
    }

    @Test
    void ofConcurrentTakeOversOfOneStaleClaimExactlyOneWins() throws Exception {
        UserId user = aUser();
        claim(user, "fp", NOW);
        Instant later = NOW.plus(Duration.ofMinutes(2));
        IdempotencyStore.Entry stale = tx(() -> store().claimIfAbsent(user, KEY, "fp", later)).holder().orElseThrow();

        List<Boolean> won = Concurrently.run(10, () ->
                tx(() -> store().takeOver(user, KEY, stale, "fp", later, false)));

        assertThat(won).filteredOn(Boolean::booleanValue).hasSize(1);
    }

    private IdempotencyPolicy.Claim claim(UserId user, String fingerprint, Instant at) {
        IdempotencyPolicy policy = new IdempotencyPolicy(store(), IdempotencySettings.DEFAULTS);
        return tx(() -> policy.claim(user, KEY, fingerprint, at));
    }

    private OrderId anOrder(UserId user) {
        return tx(() -> orders().add(new NewOrder(user, new CurrencyCode("EUR"),
                List.of(new OrderLine(new Sku("A"), new Quantity(1), UnitPrice.of(1))), NOW))).id();
    }

    private <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }
}
