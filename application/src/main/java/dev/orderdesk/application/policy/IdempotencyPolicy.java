package dev.orderdesk.application.policy;

import dev.orderdesk.application.port.out.IdempotencyStore.ClaimAttempt;
import dev.orderdesk.application.port.out.IdempotencyStore.Entry;
import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides what a request with an idempotency key may do. A key held by another request is judged in a fixed order:
 * an entry past its retention starts anew; another order under the key is a mismatch; a completed creation is replayed; a claim
 * in progress longer than the stale time (a crashed request) is taken over; otherwise the first request still runs.
 * Take-overs are compare-and-set on the store, so of two requests taking over one claim only one wins.
 */
public final class IdempotencyPolicy {

    /** What the request may do. */
    public enum Outcome {
        /** The key is this request's: create, then complete or release the claim made at its {@code now}. */
        CLAIMED,
        /** Another request holds the key and is still running (or just released it): retry shortly. */
        IN_PROGRESS,
        /** A request for the same order already completed: answer with its order. */
        COMPLETED,
        /** The key was used for another order (a different fingerprint). */
        MISMATCH
    }

    /**
     * The policy's verdict.
     *
     * @param outcome what the request may do
     * @param order   the order to answer with, for {@link Outcome#COMPLETED} only; null otherwise
     */
    public record Claim(Outcome outcome, OrderId order) {

        /**
         * A verdict that names no order.
         *
         * @param outcome what the request may do; not {@link Outcome#COMPLETED}
         * @return the verdict
         */
        public static Claim of(Outcome outcome) {
            return new Claim(outcome, null);
        }
    }

    private final IdempotencyStore store;
    private final IdempotencySettings settings;

    /**
     * Creates the policy over a store shared by every instance.
     *
     * @param store    the entries by (user, key)
     * @param settings the retention and the stale-claim time
     */
    public IdempotencyPolicy(IdempotencyStore store, IdempotencySettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Claims the key or judges whoever holds it; must run inside the caller's transaction.
     *
     * @param user        whose key it is
     * @param key         the key
     * @param fingerprint a digest of the request, equal for equal requests
     * @param now         the claim's instant, to the microsecond; the request completes or releases the claim with it
     * @return what the request may do
     */
    public Claim claim(UserId user, IdempotencyKey key, String fingerprint, Instant now) {
        ClaimAttempt attempt = store.claimIfAbsent(user, key, fingerprint, now);
        if (attempt.claimed()) {
            return Claim.of(Outcome.CLAIMED);
        }
        if (attempt.holder().isEmpty()) {
            return Claim.of(Outcome.IN_PROGRESS);
        }
        Entry entry = attempt.holder().get();
        if (!entry.createdAt().plus(settings.retention()).isAfter(now)) {
            return takeOver(user, key, entry, fingerprint, now, true);
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return Claim.of(Outcome.MISMATCH);
        }
        if (entry.order().isPresent()) {
            return new Claim(Outcome.COMPLETED, entry.order().get());
        }
        if (!entry.lockedAt().plus(settings.staleClaim()).isAfter(now)) {
            return takeOver(user, key, entry, fingerprint, now, false);
        }
        return Claim.of(Outcome.IN_PROGRESS);
    }

    private Claim takeOver(UserId user, IdempotencyKey key, Entry seen, String fingerprint, Instant now, boolean restart) {
        boolean won = store.takeOver(user, key, seen, fingerprint, now, restart);
        return Claim.of(won ? Outcome.CLAIMED : Outcome.IN_PROGRESS);
    }
}
