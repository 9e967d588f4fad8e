package dev.orderdesk.adapter.redis;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Tells a Redis that cannot be reached apart from a bug, so a login fails closed with SERVICE_UNAVAILABLE rather than
 * "internal error"; a script or command error propagates as it is.
 */
final class RedisFailures {

    // Redis's error prefixes for a server that is there but cannot serve right now.
    private static final List<String> TRANSIENT_STATES = List.of("LOADING", "READONLY", "MASTERDOWN", "BUSY", "TRYAGAIN");

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
            // … or every pooled connection stayed busy for the whole connect timeout …
            if (cause instanceof NoSuchElementException) {
                return true;
            }
            // … or the server answers but cannot serve: credentials changed under a running instance, a replica
            // after a failover, a dataset still loading, a script running too long. Unavailable until an operator
            // or the server sets it right: never an internal error, never an attempt let through.
            if (cause instanceof JedisAccessControlException
                    || cause instanceof JedisDataException data && isTransientServerState(data.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientServerState(String message) {
        return message != null && TRANSIENT_STATES.stream().anyMatch(message::startsWith);
    }
}
