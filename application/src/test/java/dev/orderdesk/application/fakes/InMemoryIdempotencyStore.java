package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.in.order.IdempotencyKey;
import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Idempotency records in a map, with the same retention and stale-claim rules as the real store. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    public static final Duration RETENTION = Duration.ofHours(24);
    public static final Duration STALE_CLAIM = Duration.ofMinutes(1);

    private record Entry(String fingerprint, OrderId order, Instant createdAt, Instant lockedAt) {
    }

    private record Slot(UserId user, IdempotencyKey key) {
    }

    private final Map<Slot, Entry> entries = new HashMap<>();

    @Override
    public synchronized Claim claim(UserId user, IdempotencyKey key, String fingerprint, Instant now) {
        Slot slot = new Slot(user, key);
        Entry entry = entries.get(slot);
        if (entry == null || !entry.createdAt().plus(RETENTION).isAfter(now)) {
            entries.put(slot, new Entry(fingerprint, null, now, now));
            return Claim.of(Outcome.CLAIMED);
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return Claim.of(Outcome.MISMATCH);
        }
        if (entry.order() != null) {
            return new Claim(Outcome.COMPLETED, entry.order());
        }
        if (!entry.lockedAt().plus(STALE_CLAIM).isAfter(now)) {
            entries.put(slot, new Entry(fingerprint, null, entry.createdAt(), now));
            return Claim.of(Outcome.CLAIMED);
        }
        return Claim.of(Outcome.IN_PROGRESS);
    }

    @Override
    public synchronized boolean complete(UserId user, IdempotencyKey key, Instant claimedAt, OrderId order) {
        Slot slot = new Slot(user, key);
        Entry entry = entries.get(slot);
        if (entry == null || entry.order() != null || !entry.lockedAt().equals(claimedAt)) {
            return false;
        }
        entries.put(slot, new Entry(entry.fingerprint(), order, entry.createdAt(), entry.lockedAt()));
        return true;
    }

    @Override
    public synchronized void release(UserId user, IdempotencyKey key, Instant claimedAt) {
        Slot slot = new Slot(user, key);
        Entry entry = entries.get(slot);
        if (entry != null && entry.order() == null && entry.lockedAt().equals(claimedAt)) {
            entries.remove(slot);
        }
    }
}
