package dev.orderdesk.adapter.persistence;

import java.sql.SQLException;

/**
 * PostgreSQL could not be connected to. The message is one line for an operator: where, why, and what to check;
 * it never holds the password. {@link #isTransient()} tells a server that cannot be reached (worth retrying while
 * it starts) from one that refuses us (wrong user, password or permissions: retrying cannot help).
 */
public final class DatabaseConnectionException extends RuntimeException {

    private final boolean transientFailure;

    DatabaseConnectionException(DatabaseUrl url, SQLException cause) {
        super(describe(url, cause), cause);
        this.transientFailure = DatabaseFailures.isConnectionState(cause.getSQLState());
    }

    public boolean isTransient() {
        return transientFailure;
    }

    private static String describe(DatabaseUrl url, SQLException cause) {
        boolean unreachable = DatabaseFailures.isConnectionState(cause.getSQLState());
        return (unreachable ? "Cannot reach PostgreSQL at " : "PostgreSQL refused the connection at ")
                + serverOf(url.jdbcUrl()) + " (database " + url.databaseName() + ", user " + url.user() + "): "
                + firstSentence(cause.getMessage()) + ". "
                + (unreachable
                        ? "Check that PostgreSQL is running there and that DATABASE_URL names the right host and port."
                        : "Check the user, password and permissions in DATABASE_URL.");
    }

    /** {@code host:port} out of {@code jdbc:postgresql://host:port/db?…}. */
    private static String serverOf(String jdbcUrl) {
        String rest = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
        int end = rest.indexOf('/');
        return end < 0 ? rest : rest.substring(0, end);
    }

    /** The driver's own advice follows its first sentence; ours replaces it. */
    private static String firstSentence(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        int end = line.indexOf(". ");
        String sentence = end < 0 ? line : line.substring(0, end);
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
