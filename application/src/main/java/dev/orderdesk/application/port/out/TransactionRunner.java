package dev.orderdesk.application.port.out;

import java.util.function.Supplier;

/**
 * Runs one use case's work in one transaction: commit when it returns, roll back when it throws.
 *
 * <p>Repositories used inside the work join the transaction on the calling thread.
 */
@FunctionalInterface
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);
}
