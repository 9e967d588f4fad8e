package dev.orderdesk.application.port.out;

import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers order creations by (user, key). It offers atomic primitives and decides nothing: whether an existing
 * entry is expired, stale, a replay or a mismatch is the {@code IdempotencyPolicy}'s call.
 */
public interface IdempotencyStore {

    /**
     * Claims the key for a request with this fingerprint unless an entry holds it. Of concurrent claims of one new
     * key exactly one succeeds. {@code now} (microsecond precision) identifies the claim from then on.
     */
    ClaimAttempt claimIfAbsent(UserId user, IdempotencyKey key, String fingerprint, Instant now);

    /**
     * Replaces the entry {@code seen} by a new claim made at {@code now}, only if the entry is still exactly
     * {@code seen} (compare and set). {@code restart} also resets the entry's age (an expired entry starts anew);
     * otherwise it keeps it (a stale claim is taken over).
     *
     * @return false when the entry changed since it was read (another request got there first)
     */
    boolean takeOver(UserId user, IdempotencyKey key, Entry seen, String fingerprint, Instant now, boolean restart);

    /**
     * Records the order under the claim made at {@code claimedAt}.
     *
     * @return false when the claim is no longer ours (it was taken over meanwhile)
     */
    boolean complete(UserId user, IdempotencyKey key, Instant claimedAt, OrderId order);

    /** Forgets our claim made at {@code claimedAt} after its request failed, so that a retry can try again. */
    void release(UserId user, IdempotencyKey key, Instant claimedAt);

    /** A stored entry: {@code order} is present once the creation completed. */
    record Entry(String fingerprint, Optional<OrderId> order, Instant createdAt, Instant lockedAt) {

        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(lockedAt, "lockedAt");
        }
    }

    /**
     * What {@link #claimIfAbsent} did: {@code claimed}, or not, with the entry that holds the key (empty when that
     * entry was released between the attempt and the read).
     */
    record ClaimAttempt(boolean claimed, Optional<Entry> holder) {

        public static ClaimAttempt won() {
            return new ClaimAttempt(true, Optional.empty());
        }

        public static ClaimAttempt heldBy(Optional<Entry> holder) {
            return new ClaimAttempt(false, holder);
        }
    }
}
