package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.RefreshTokenHash;
import dev.orderdesk.application.port.out.RefreshTokenStore.Consumption;
import dev.orderdesk.application.port.out.RefreshTokenStore.NewRefreshToken;
import dev.orderdesk.application.port.out.RefreshTokenStore.Outcome;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.concurrency.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What every {@link RefreshTokenStore} must do; run against the fake and against PostgreSQL. */
public abstract class RefreshTokenStoreContract {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected RefreshTokenStoreContract() {
    }

    /**
     * The store under test; other tests may share it.
     *
     * @return the store
     */
    protected abstract RefreshTokenStore store();

    /**
     * Runs work the way a use case would (real adapters need a transaction).
     *
     * @return the runner the store joins
     */
    protected abstract TransactionRunner transactions();

    /**
     * A stored user that tokens may belong to (the real store has a foreign key).
     *
     * @return a new user's id on every call
     */
    protected abstract UserId aUser();

    @Test
    void consumesAUsableTokenOnceThenReportsReuse() {
        UUID family = UUID.randomUUID();
        UserId user = aUser();
        RefreshTokenHash hash = add(user, family, NOW.plus(Duration.ofDays(1)));

        assertThat(tx(() -> store().consume(hash, NOW))).isEqualTo(Consumption.consumed(user, family));
        assertThat(tx(() -> store().consume(hash, NOW))).isEqualTo(Consumption.reused(family));
    }

    @Test
    void expiredUnknownAndRevokedTokensAreInvalid() {
        UUID family = UUID.randomUUID();
        RefreshTokenHash expired = add(aUser(), family, NOW);
        RefreshTokenHash revoked = add(aUser(), family, NOW.plus(Duration.ofDays(1)));
        tx(() -> {
            store().revokeFamily(family, NOW);
            return null;
        });

        assertThat(tx(() -> store().consume(expired, NOW)).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(tx(() -> store().consume(revoked, NOW)).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(tx(() -> store().consume(new RefreshTokenHash("unknown"), NOW)).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void revokingAllOfAUserLeavesOtherUsersAlone() {
        UserId ada = aUser();
        UserId bob = aUser();
        RefreshTokenHash adas = add(ada, UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));
        RefreshTokenHash bobs = add(bob, UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));

        tx(() -> {
            store().revokeAllOf(ada, NOW);
            return null;
        });

        assertThat(tx(() -> store().consume(adas, NOW)).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(tx(() -> store().consume(bobs, NOW)).outcome()).isEqualTo(Outcome.CONSUMED);
    }

    @Test
    void knowsTheFamilyOfAnyTokenItHolds() {
        UUID family = UUID.randomUUID();
        RefreshTokenHash hash = add(aUser(), family, NOW.plus(Duration.ofDays(1)));

        assertThat(tx(() -> store().familyOf(hash))).contains(family);
        assertThat(tx(() -> store().familyOf(new RefreshTokenHash("unknown")))).isEmpty();
    }

    /** Each round races consumptions of one fresh token; exactly one consumes it, every other sees reuse. */
    @Test
    void ofConcurrentConsumptionsOfOneTokenExactlyOneSucceeds() throws Exception {
        UserId user = aUser();
        int racers = Races.RACERS;

        List<List<Outcome>> rounds = Concurrently.race(Races.ROUNDS, racers,
                round -> add(user, UUID.randomUUID(), NOW.plus(Duration.ofDays(1))),
                (hash, racer) -> () -> tx(() -> store().consume(hash, NOW)).outcome());

        for (List<Outcome> results : rounds) {
            assertThat(results).filteredOn(o -> o == Outcome.CONSUMED).hasSize(1);
            assertThat(results).filteredOn(o -> o == Outcome.REUSED).hasSize(racers - 1);
        }
    }

    private RefreshTokenHash add(UserId user, UUID family, Instant expiresAt) {
        RefreshTokenHash hash = new RefreshTokenHash(UUID.randomUUID().toString());
        tx(() -> {
            store().add(new NewRefreshToken(hash, user, family, NOW.minus(Duration.ofMinutes(1)), expiresAt));
            return null;
        });
        return hash;
    }

    private <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }
}
