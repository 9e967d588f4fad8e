package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.TransactionRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Transactions over the in-memory stores, with the JDBI runner's contract: a nested call joins the transaction already
 * open on its thread, and when the outermost work throws, every change the stores journaled in it is undone, newest
 * first. Isolation is weaker than PostgreSQL's: other threads see a change before it commits (each store operation is
 * atomic on its own), and an undo puts the old value back only where nobody has changed it since.
 */
final class InMemoryTransactionRunner implements TransactionRunner {

    private final ThreadLocal<Deque<Runnable>> journal = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (journal.get() != null) {
            return work.get();
        }
        Deque<Runnable> undo = new ArrayDeque<>();
        journal.set(undo);
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            rollBack(undo, failure);
            throw failure;
        } finally {
            journal.remove();
        }
    }

    /** Whether the calling thread is inside a transaction. */
    boolean isActive() {
        return journal.get() != null;
    }

    /**
     * For the stores: how to undo the change just made, should its transaction roll back. Outside a transaction a
     * change stands at once, as in autocommit.
     */
    void onRollback(Runnable undoChange) {
        Deque<Runnable> undo = journal.get();
        if (undo != null) {
            undo.push(undoChange);
        }
    }

    private static void rollBack(Deque<Runnable> undo, Throwable failure) {
        for (Runnable undoChange : undo) {
            try {
                undoChange.run();
            } catch (RuntimeException undoFailure) {
                failure.addSuppressed(undoFailure); // keep undoing; the use case's failure stays the one thrown
            }
        }
    }
}
