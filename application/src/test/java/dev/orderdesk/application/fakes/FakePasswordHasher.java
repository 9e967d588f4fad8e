package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;

/**
 * A fast, transparent hasher for tests. It can be told to refuse being called inside a transaction,
 * which is how tests prove a service hashes before it opens one.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private final RecordingTransactionRunner transactions;
    private final java.util.concurrent.atomic.AtomicInteger comparisons = new java.util.concurrent.atomic.AtomicInteger();

    public FakePasswordHasher(RecordingTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        refuseInsideTransaction();
        return new PasswordHash("fake:" + password.reveal());
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        refuseInsideTransaction();
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
