package dev.orderdesk.adapter.redis;

import redis.clients.jedis.exceptions.JedisAccessControlException;

/**
 * Redis could not be reached (or refused us) when it was checked at start-up; {@link #isTransient()} tells which.
 * The message is one line for an operator: where, why, and what to check; it never holds the password.
 */
public final class RedisConnectionException extends RuntimeException {

    RedisConnectionException(RedisUrl url, RuntimeException cause) {
        super("Cannot use Redis at " + url.redacted() + ": " + reason(cause)
                + ". Check that Redis is running there and that REDIS_URL names the right host, port and password.",
                cause);
    }

    /**
     * Whether waiting could help: a server that refuses the credentials (WRONGPASS, NOPERM) will go on refusing; one
     * that cannot be reached may still be starting.
     */
    public boolean isTransient() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JedisAccessControlException) {
                return false;
            }
        }
        return true;
    }

    /** The innermost message says what went wrong (connection refused, timed out, WRONGPASS …). */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.lines().findFirst().orElse(message).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
