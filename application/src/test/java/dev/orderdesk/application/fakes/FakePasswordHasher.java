package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import java.time.Duration;

/**
 * A fast, transparent hasher for tests. It can be told to refuse being called inside a transaction,
 * which is how tests prove a service hashes before it opens one.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private final RecordingTransactionRunner transactions;
    private volatile boolean busy;
    private final java.util.concurrent.atomic.AtomicInteger comparisons = new java.util.concurrent.atomic.AtomicInteger();

    public FakePasswordHasher(RecordingTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        refuseInsideTransaction();
        return new PasswordHash("fake:" + password.reveal());
    }

    /** While busy, every call fails as a saturated hashing pool does. */
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
        return hash.value().equals("fake:" + password.reveal());
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
