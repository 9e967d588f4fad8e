package dev.orderdesk.testkit.contract;

import dev.orderdesk.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Runs the work as it is: the repositories of these tests have nothing to commit or roll back. */
final class WithoutTransactions implements TransactionRunner {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
