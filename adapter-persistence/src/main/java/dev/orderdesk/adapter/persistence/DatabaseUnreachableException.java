package dev.orderdesk.adapter.persistence;

/**
 * PostgreSQL could not be reached. The message is one line for an operator: where, why, and what to check; it never
 * holds the password.
 */
public final class DatabaseUnreachableException extends RuntimeException {

    DatabaseUnreachableException(DatabaseUrl url, Throwable cause) {
        super("Cannot reach PostgreSQL at " + serverOf(url.jdbcUrl()) + " (database " + url.databaseName() + "): "
                + firstSentence(cause.getMessage())
                + ". Check that PostgreSQL is running there and that DATABASE_URL names the right host, port and user.",
                cause);
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
