package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.RefreshTokenHash;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Refresh tokens in a map; consumption is atomic per token, as in the real store. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private record Entry(NewRefreshToken token, Instant consumedAt, Instant revokedAt) {
        Entry consumed(Instant at) {
            return new Entry(token, at, revokedAt);
        }

        Entry revoked(Instant at) {
            return revokedAt != null ? this : new Entry(token, consumedAt, at);
        }
    }

    private final Map<RefreshTokenHash, Entry> tokens = new ConcurrentHashMap<>();

    @Override
    public void add(NewRefreshToken token) {
        if (tokens.putIfAbsent(token.hash(), new Entry(token, null, null)) != null) {
            throw new IllegalStateException("duplicate refresh token hash");
        }
    }

    @Override
    public synchronized Consumption consume(RefreshTokenHash hash, Instant now) {
        Entry entry = tokens.get(hash);
        if (entry == null || entry.revokedAt() != null) {
            return Consumption.invalid();
        }
        if (entry.consumedAt() != null) {
            return Consumption.reused(entry.token().family());
        }
        if (!entry.token().expiresAt().isAfter(now)) {
            return Consumption.invalid();
        }
        tokens.put(hash, entry.consumed(now));
        return Consumption.consumed(entry.token().user(), entry.token().family());
    }

    @Override
    public Optional<UUID> familyOf(RefreshTokenHash hash) {
        return Optional.ofNullable(tokens.get(hash)).map(entry -> entry.token().family());
    }

    @Override
    public synchronized void revokeFamily(UUID family, Instant now) {
        tokens.replaceAll((hash, entry) -> entry.token().family().equals(family) ? entry.revoked(now) : entry);
    }

    @Override
    public synchronized void revokeAllOf(UserId user, Instant now) {
        tokens.replaceAll((hash, entry) -> entry.token().user().equals(user) ? entry.revoked(now) : entry);
    }
}
