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
     *
     * @param user        whose key it is; keys are scoped per user
     * @param key         the key
     * @param fingerprint a digest of the request, to tell a replay from a mismatch
     * @param now         the claim's instant, to the microsecond
     * @return whether the claim was made and, when not, the entry that holds the key
     */
    ClaimAttempt claimIfAbsent(UserId user, IdempotencyKey key, String fingerprint, Instant now);

    /**
     * Replaces the entry {@code seen} by a new claim made at {@code now}, only if the entry is still exactly
     * {@code seen} (compare and set). {@code restart} also resets the entry's age (an expired entry starts anew);
     * otherwise it keeps it (a stale claim is taken over).
     *
     * @param user        whose key it is
     * @param key         the key
     * @param seen        the entry as read, compared in full
     * @param fingerprint the new request's digest
     * @param now         the new claim's instant, to the microsecond
     * @param restart     true to reset the entry's {@code createdAt} too
     * @return false when the entry changed since it was read (another request got there first)
     */
    boolean takeOver(UserId user, IdempotencyKey key, Entry seen, String fingerprint, Instant now, boolean restart);

    /**
     * Records the order under the claim made at {@code claimedAt}.
     *
     * @param user      whose key it is
     * @param key       the key
     * @param claimedAt the instant the claim was made with
     * @param order     the order created under it
     * @return false when the claim is no longer ours (it was taken over meanwhile)
     */
    boolean complete(UserId user, IdempotencyKey key, Instant claimedAt, OrderId order);

    /**
     * Forgets our claim made at {@code claimedAt} after its request failed, so that a retry can try again; does
     * nothing when the claim is no longer ours.
     *
     * @param user      whose key it is
     * @param key       the key
     * @param claimedAt the instant the claim was made with
     */
    void release(UserId user, IdempotencyKey key, Instant claimedAt);

    /**
     * A stored entry: {@code order} is present once the creation completed.
     *
     * @param fingerprint the digest of the request that holds the key
     * @param order       the order created under the key, once completed
     * @param createdAt   when the entry started; its age for the retention
     * @param lockedAt    when the current claim was made; its age for the stale-claim check
     */
    record Entry(String fingerprint, Optional<OrderId> order, Instant createdAt, Instant lockedAt) {

        /**
         * Checks every part is present.
         *
         * @param fingerprint the digest of the request that holds the key
         * @param order       the order created under the key, once completed
         * @param createdAt   when the entry started
         * @param lockedAt    when the current claim was made
         */
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
     *
     * @param claimed whether this request now holds the key
     * @param holder  the entry that holds it, when not claimed
     */
    record ClaimAttempt(boolean claimed, Optional<Entry> holder) {

        /** @return the key was claimed */
        public static ClaimAttempt won() {
            return new ClaimAttempt(true, Optional.empty());
        }

        /**
         * @param holder the entry that holds the key, or empty when it was released before it could be read
         * @return the key was not claimed
         */
        public static ClaimAttempt heldBy(Optional<Entry> holder) {
            return new ClaimAttempt(false, holder);
        }
    }
}
