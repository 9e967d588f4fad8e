package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.RefreshTokenHash;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Refresh tokens in a map; consumption is atomic per token, as in the real store. */
final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private record Entry(NewRefreshToken token, Instant consumedAt, Instant revokedAt) {
        Entry consumed(Instant at) {
            return new Entry(token, at, revokedAt);
        }

        Entry revoked(Instant at) {
            return revokedAt != null ? this : new Entry(token, consumedAt, at);
        }
    }

    private final InMemoryTransactionRunner transactions;
    private final Map<RefreshTokenHash, Entry> tokens = new ConcurrentHashMap<>();

    /** Changes made inside {@code transactions} are undone when they roll back. */
    InMemoryRefreshTokenStore(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(NewRefreshToken token) {
        if (tokens.putIfAbsent(token.hash(), new Entry(token, null, null)) != null) {
            throw new IllegalStateException("duplicate refresh token hash");
        }
        transactions.onRollback(() -> tokens.remove(token.hash()));
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
        Entry consumed = entry.consumed(now);
        tokens.put(hash, consumed);
        transactions.onRollback(() -> restore(Map.of(hash, consumed), Map.of(hash, entry)));
        return Consumption.consumed(entry.token().user(), entry.token().family());
    }

    @Override
    public Optional<UUID> familyOf(RefreshTokenHash hash) {
        return Optional.ofNullable(tokens.get(hash)).map(entry -> entry.token().family());
    }

    @Override
    public synchronized void revokeFamily(UUID family, Instant now) {
        revokeWhere(entry -> entry.token().family().equals(family), now);
    }

    @Override
    public synchronized void revokeAllOf(UserId user, Instant now) {
        revokeWhere(entry -> entry.token().user().equals(user), now);
    }

    private void revokeWhere(Predicate<Entry> matches, Instant now) {
        Map<RefreshTokenHash, Entry> before = new HashMap<>();
        Map<RefreshTokenHash, Entry> after = new HashMap<>();
        tokens.replaceAll((hash, entry) -> {
            if (!matches.test(entry)) {
                return entry;
            }
            before.put(hash, entry);
            after.put(hash, entry.revoked(now));
            return after.get(hash);
        });
        transactions.onRollback(() -> restore(after, before));
    }

    /** Puts back what a rolled-back change replaced, where nothing has changed the entry since. */
    private synchronized void restore(Map<RefreshTokenHash, Entry> after, Map<RefreshTokenHash, Entry> before) {
        before.forEach((hash, entry) -> tokens.replace(hash, after.get(hash), entry));
    }
}
