package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.RefreshTokenHash;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Refresh tokens in {@code refresh_tokens}. Consumption is one conditional UPDATE: PostgreSQL's row lock makes a
 * concurrent second consumption wait, re-check the condition, find the token consumed and report reuse.
 */
final class JdbiRefreshTokenStore implements RefreshTokenStore {

    private final Jdbi jdbi;
    private final RefreshTokenStatements statements;

    JdbiRefreshTokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        // On demand: each call runs on the handle bound to the thread (the use case's transaction) or opens its own.
        this.statements = jdbi.onDemand(RefreshTokenStatements.class);
    }

    @Override
    public void add(NewRefreshToken token) {
        statements.insert(token.hash().hex(), token.user().value(), token.family(), Timestamps.of(token.createdAt()),
                Timestamps.of(token.expiresAt()));
    }

    @Override
    public Consumption consume(RefreshTokenHash hash, Instant now) {
        // Both statements on one handle, as one call of the port, whether or not a transaction is open.
        return jdbi.withExtension(RefreshTokenStatements.class, tokens -> tokens.consume(hash.hex(), Timestamps.of(now))
                .or(() -> tokens.familyOfConsumed(hash.hex()).map(Consumption::reused))
                .orElseGet(Consumption::invalid));
    }

    @Override
    public Optional<UUID> familyOf(RefreshTokenHash hash) {
        return statements.familyOf(hash.hex());
    }

    @Override
    public void revokeFamily(UUID family, Instant now) {
        statements.revokeFamily(family, Timestamps.of(now));
    }

    @Override
    public void revokeAllOf(UserId user, Instant now) {
        statements.revokeAllOf(user.value(), Timestamps.of(now));
    }
}
