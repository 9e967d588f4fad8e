package dev.orderdesk.adapter.persistence;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

/** Tells a database that cannot be reached apart from a bug, so callers get "unavailable" rather than "internal error". */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** Runs {@code work}, reporting a lost database as {@code SERVICE_UNAVAILABLE}; for stores used outside transactions. */
    static <T> T translating(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof DomainException) {
            return failure;
        }
        return isUnavailable(failure)
                ? new DomainException(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable, try again shortly", failure)
                : failure;
    }

    private static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true; // the pool timed out waiting for a connection
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 is "connection exception"; 57P01–57P03 mean the server is shutting down or starting. */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
