package dev.orderdesk.adapter.redis;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Tells a Redis that cannot be reached apart from a bug, so a login fails closed with "unavailable" (503) rather than
 * "internal error"; a script or command error propagates as it is.
 */
final class RedisFailures {

    private RedisFailures() {
    }

    static <T> T translating(Supplier<T> work) {
        try {
            return work.get();
        } catch (JedisException e) {
            if (isUnavailable(e)) {
                throw new DomainException(ErrorCode.SERVICE_UNAVAILABLE,
                        "The shared limit store (Redis) is unavailable, try again shortly", e);
            }
            throw e;
        }
    }

    private static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Refused, reset, timed out (connecting or reading) …
            if (cause instanceof JedisConnectionException) {
                return true;
            }
            // … or every pooled connection stayed busy for the whole connect timeout.
            if (cause instanceof NoSuchElementException) {
                return true;
            }
        }
        return false;
    }
}
