package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency entries in a map under one lock; each primitive is one atomic step, as in the real store. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Slot(UserId user, IdempotencyKey key) {
    }

    private final Map<Slot, Entry> entries = new HashMap<>();

    @Override
    public synchronized ClaimAttempt claimIfAbsent(UserId user, IdempotencyKey key, String fingerprint, Instant now) {
        Entry existing = entries.putIfAbsent(new Slot(user, key), new Entry(fingerprint, Optional.empty(), now, now));
        return existing == null ? ClaimAttempt.won() : ClaimAttempt.heldBy(Optional.of(existing));
    }

    @Override
    public synchronized boolean takeOver(UserId user, IdempotencyKey key, Entry seen, String fingerprint, Instant now,
                                         boolean restart) {
        Instant createdAt = restart ? now : seen.createdAt();
        return entries.replace(new Slot(user, key), seen, new Entry(fingerprint, Optional.empty(), createdAt, now));
    }

    @Override
    public synchronized boolean complete(UserId user, IdempotencyKey key, Instant claimedAt, OrderId order) {
        Slot slot = new Slot(user, key);
        Entry entry = entries.get(slot);
        if (!isOpenClaim(entry, claimedAt)) {
            return false;
        }
        entries.put(slot, new Entry(entry.fingerprint(), Optional.of(order), entry.createdAt(), entry.lockedAt()));
        return true;
    }

    @Override
    public synchronized void release(UserId user, IdempotencyKey key, Instant claimedAt) {
        Slot slot = new Slot(user, key);
        if (isOpenClaim(entries.get(slot), claimedAt)) {
            entries.remove(slot);
        }
    }

    private static boolean isOpenClaim(Entry entry, Instant claimedAt) {
        return entry != null && entry.order().isEmpty() && entry.lockedAt().equals(claimedAt);
    }
}
