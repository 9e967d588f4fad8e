package dev.orderdesk.application.port.out;

import dev.orderdesk.application.port.in.order.IdempotencyKey;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;

/**
 * Remembers order creations by (user, key). A claim is atomic: of concurrent claims of one new key, exactly one
 * gets {@link Outcome#CLAIMED}.
 */
public interface IdempotencyStore {

    /**
     * Claims the key for a request with this fingerprint, or says what an earlier request with it did. Keys older
     * than their retention are treated as new; claims left in progress longer than the stale time may be taken over.
     * {@code now} (microsecond precision) identifies the claim in {@link #complete} and {@link #release}.
     */
    Claim claim(UserId user, IdempotencyKey key, String fingerprint, Instant now);

    /**
     * Records the order under the claim made at {@code claimedAt}.
     *
     * @return false when the claim is no longer ours (a stale claim was taken over meanwhile)
     */
    boolean complete(UserId user, IdempotencyKey key, Instant claimedAt, OrderId order);

    /** Forgets our claim made at {@code claimedAt} after its request failed, so that a retry can try again. */
    void release(UserId user, IdempotencyKey key, Instant claimedAt);

    /** {@code order} is set for COMPLETED. */
    record Claim(Outcome outcome, OrderId order) {
        public static Claim of(Outcome outcome) {
            return new Claim(outcome, null);
        }
    }

    enum Outcome {
        CLAIMED,
        IN_PROGRESS,
        COMPLETED,
        /** The key was used with another request body. */
        MISMATCH
    }
}
