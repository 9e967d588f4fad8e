package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The fakes' transactions, with the contract of the real runner: nested calls join the outer transaction, and when
 * the outermost work throws, every change the fakes journaled in it is undone, newest first. It also records which
 * store operations ran inside a transaction, counts the transactions opened, and can play a database outage.
 */
public final class RecordingTransactionRunner implements TransactionRunner {

    /** One call of a fake store: which operation, and whether a transaction was open on its thread. */
    public record Call(String operation, boolean inTransaction) {
    }

    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (down) {
            throw new DomainException(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable, try again shortly");
        }
        if (undo.get() != null) {
            return work.get();
        }
        opened.incrementAndGet();
        Deque<Runnable> changes = new ArrayDeque<>();
        undo.set(changes);
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            for (Runnable undoChange : changes) {
                try {
                    undoChange.run();
                } catch (RuntimeException undoFailure) {
                    failure.addSuppressed(undoFailure); // keep undoing; the use case's failure stays the one thrown
                }
            }
            throw failure;
        } finally {
            undo.remove();
        }
    }

    /**
     * For fakes: how to undo the change just made, should its transaction roll back. Outside a transaction a change
     * stands at once, as in autocommit.
     */
    public void onRollback(Runnable undoChange) {
        Deque<Runnable> changes = undo.get();
        if (changes != null) {
            changes.push(undoChange);
        }
    }

    /** For fakes: note a store operation and whether it ran inside a transaction. */
    public void record(String operation) {
        calls.add(new Call(operation, isActive()));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public boolean isActive() {
        return undo.get() != null;
    }

    /** Outermost transactions opened so far (single statements included, as the default runner opens one). */
    public int opened() {
        return opened.get();
    }

    /** While down, every transaction and single statement fails as an unreachable database does. */
    public void down(boolean down) {
        this.down = down;
    }
}
