package dev.orderdesk.adapter.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Redis and where our keys live. The constants are the defaults and bounds a composition root reads
 * the settings with.
 *
 * @param keyPrefix      put before every key, so several services (or test runs) can share one Redis
 * @param connectTimeout how long opening a connection, or waiting for a pooled one, may take
 * @param socketTimeout  how long one command may wait for its answer before the connection is dropped
 */
public record RedisSettings(RedisUrl url, String keyPrefix, Duration connectTimeout, Duration socketTimeout) {

    public static final String DEFAULT_KEY_PREFIX = "orderdesk:";
    public static final int MAX_KEY_PREFIX_LENGTH = 100;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        if (keyPrefix.length() > MAX_KEY_PREFIX_LENGTH) {
            throw new IllegalArgumentException("keyPrefix must be at most " + MAX_KEY_PREFIX_LENGTH + " characters");
        }
        requireBetweenOneMillisecondAndMax(connectTimeout, "connectTimeout");
        requireBetweenOneMillisecondAndMax(socketTimeout, "socketTimeout");
    }

    /** The defaults for everything but the URL. */
    public static RedisSettings of(RedisUrl url) {
        return new RedisSettings(url, DEFAULT_KEY_PREFIX, DEFAULT_CONNECT_TIMEOUT, DEFAULT_SOCKET_TIMEOUT);
    }

    private static void requireBetweenOneMillisecondAndMax(Duration timeout, String name) {
        if (timeout.toMillis() < 1 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(name + " must be from 1 ms to " + MAX_TIMEOUT.toSeconds() + " s");
        }
    }
}
