package dev.orderdesk.application.port.out;

import java.util.function.Supplier;

/**
 * Runs one use case's work in one transaction: commit when it returns, roll back when it throws.
 *
 * <p>Repositories used inside the work join the transaction on the calling thread.
 */
@FunctionalInterface
public interface TransactionRunner {

    /**
     * Runs the work in one transaction, or joins the one the calling thread already runs.
     *
     * @param <T>  what the work returns
     * @param work the use case's reads and writes; it must not hand work to another thread
     * @return what the work returned, after the commit
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work that is a single statement, atomic on its own, so it needs no transaction around it (a
     * transaction would cost a COMMIT round trip on every request). Failures are reported as for
     * {@link #inTransaction}. Adapters that cannot tell the difference may run it in a transaction.
     *
     * @param <T>  what the work returns
     * @param work exactly one statement
     * @return what the work returned
     */
    default <T> T singleStatement(Supplier<T> work) {
        return inTransaction(work);
    }
}
