package dev.orderdesk.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.RefreshTokenStore.Consumption;
import dev.orderdesk.application.port.out.RefreshTokenStore.NewRefreshToken;
import dev.orderdesk.application.port.out.RefreshTokenStore.Outcome;
import dev.orderdesk.application.testing.Concurrently;
import dev.orderdesk.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What every {@link RefreshTokenStore} must do; run against the fake and against PostgreSQL. */
public abstract class RefreshTokenStoreContract {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract RefreshTokenStore store();

    protected abstract TransactionRunner transactions();

    /** A stored user that tokens may belong to (the real store has a foreign key). */
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

    @Test
    void ofConcurrentConsumptionsOfOneTokenExactlyOneSucceeds() throws Exception {
        RefreshTokenHash hash = add(aUser(), UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));
        int racers = 8;

        List<Outcome> results = Concurrently.run(racers, () -> tx(() -> store().consume(hash, NOW)).outcome());

        assertThat(results).filteredOn(o -> o == Outcome.CONSUMED).hasSize(1);
        assertThat(results).filteredOn(o -> o == Outcome.REUSED).hasSize(racers - 1);
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
