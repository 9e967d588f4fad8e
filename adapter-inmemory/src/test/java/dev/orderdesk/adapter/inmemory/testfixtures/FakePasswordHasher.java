package dev.orderdesk.adapter.inmemory.testfixtures;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For tests: the development hasher, refusing to be called inside a transaction (which is how tests prove a service
 * hashes before it opens one), counting comparisons, and able to play a saturated hashing pool.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private final PasswordHasher hasher;
    private final RecordingTransactionRunner transactions;
    private final AtomicInteger comparisons = new AtomicInteger();
    private volatile boolean busy;

    /**
     * @param hasher       the hasher that really hashes (the in-memory development one)
     * @param transactions the runner whose open transactions it refuses to hash in
     */
    public FakePasswordHasher(PasswordHasher hasher, RecordingTransactionRunner transactions) {
        this.hasher = hasher;
        this.transactions = transactions;
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        refuseInsideTransaction();
        return hasher.hash(password);
    }

    /** While busy, every comparison fails as a saturated hashing pool does. */
    public void busy(boolean busy) {
        this.busy = busy;
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        refuseInsideTransaction();
        if (busy) {
            throw new RateLimitedException(ErrorCode.SERVER_BUSY, "busy", Duration.ofSeconds(1));
        }
        comparisons.incrementAndGet();
        return hasher.matches(password, hash);
    }

    /** How many password comparisons ran: each stands for one slow bcrypt verification. */
    public int comparisons() {
        return comparisons.get();
    }

    private void refuseInsideTransaction() {
        if (transactions.isActive()) {
            throw new AssertionError("password hashing must not run inside a transaction");
        }
    }
}
