package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Runs the work directly and remembers, per thread, whether a transaction is open and how many were opened. */
public final class RecordingTransactionRunner implements TransactionRunner {

    private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);
    private int opened;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (active.get()) {
            throw new AssertionError("a use case opens exactly one transaction, never a nested one");
        }
        synchronized (this) {
            opened++;
        }
        active.set(true);
        try {
            return work.get();
        } finally {
            active.set(false);
        }
    }

    public boolean isActive() {
        return active.get();
    }

    public synchronized int opened() {
        return opened;
    }
}
