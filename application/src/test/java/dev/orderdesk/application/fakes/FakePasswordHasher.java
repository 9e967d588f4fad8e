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
        return hash.value().equals("fake:" + password.reveal());
    }

    private void refuseInsideTransaction() {
        if (transactions.isActive()) {
            throw new AssertionError("password hashing must not run inside a transaction");
        }
    }
}
