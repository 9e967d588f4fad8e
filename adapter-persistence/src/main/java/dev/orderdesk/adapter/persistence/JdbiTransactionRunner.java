package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.TransactionRunner;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * One JDBI transaction per use-case call. Repositories calling {@code jdbi.withHandle}, {@code jdbi.withExtension}
 * or an {@code jdbi.onDemand} SqlObject on the same thread join it, because JDBI reuses the handle already bound
 * to the thread.
 */
final class JdbiTransactionRunner implements TransactionRunner {

    private final Jdbi jdbi;

    JdbiTransactionRunner(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return jdbi.inTransaction(handle -> work.get());
        } catch (RuntimeException e) {
            throw DatabaseFailures.translate(e);
        }
    }

    /** In autocommit: the repository's own handle runs the one statement. */
    @Override
    public <T> T singleStatement(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw DatabaseFailures.translate(e);
        }
    }
}
