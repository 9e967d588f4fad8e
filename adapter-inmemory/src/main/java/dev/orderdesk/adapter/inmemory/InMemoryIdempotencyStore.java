package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Idempotency entries in a map under one lock; each primitive is one atomic step, as in the real store. */
final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Slot(UserId user, IdempotencyKey key) {
    }

    private final InMemoryTransactionRunner transactions;
    private final Map<Slot, Entry> entries = new HashMap<>();

    /** Changes made inside {@code transactions} are undone when they roll back. */
    InMemoryIdempotencyStore(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized ClaimAttempt claimIfAbsent(UserId user, IdempotencyKey key, String fingerprint, Instant now) {
        Entry claim = new Entry(fingerprint, Optional.empty(), now, now);
        Entry existing = entries.putIfAbsent(new Slot(user, key), claim);
        if (existing != null) {
            return ClaimAttempt.heldBy(Optional.of(existing));
        }
        undoable(new Slot(user, key), null, claim);
        return ClaimAttempt.won();
    }

    @Override
    public synchronized boolean takeOver(UserId user, IdempotencyKey key, Entry seen, String fingerprint, Instant now,
                                         boolean restart) {
        Instant createdAt = restart ? now : seen.createdAt();
        Entry claim = new Entry(fingerprint, Optional.empty(), createdAt, now);
        if (!entries.replace(new Slot(user, key), seen, claim)) {
            return false;
        }
        undoable(new Slot(user, key), seen, claim);
        return true;
    }

    @Override
    public synchronized boolean complete(UserId user, IdempotencyKey key, Instant claimedAt, OrderId order) {
        Slot slot = new Slot(user, key);
        Entry entry = entries.get(slot);
        if (!isOpenClaim(entry, claimedAt)) {
            return false;
        }
        Entry completed = new Entry(entry.fingerprint(), Optional.of(order), entry.createdAt(), entry.lockedAt());
        entries.put(slot, completed);
        undoable(slot, entry, completed);
        return true;
    }

    @Override
    public synchronized void release(UserId user, IdempotencyKey key, Instant claimedAt) {
        Slot slot = new Slot(user, key);
        Entry entry = entries.get(slot);
        if (isOpenClaim(entry, claimedAt)) {
            entries.remove(slot);
            undoable(slot, entry, null);
        }
    }

    /** On rollback, puts {@code before} back where {@code after} stands (null: no entry). */
    private void undoable(Slot slot, Entry before, Entry after) {
        transactions.onRollback(() -> {
            synchronized (this) {
                if (Objects.equals(entries.get(slot), after)) {
                    if (before == null) {
                        entries.remove(slot);
                    } else {
                        entries.put(slot, before);
                    }
                }
            }
        });
    }

    private static boolean isOpenClaim(Entry entry, Instant claimedAt) {
        return entry != null && entry.order().isEmpty() && entry.lockedAt().equals(claimedAt);
    }
}
