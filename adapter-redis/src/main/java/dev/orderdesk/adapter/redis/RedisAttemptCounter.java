package dev.orderdesk.adapter.redis;

import dev.orderdesk.application.port.out.AttemptCounter;
import java.time.Duration;
import java.time.Instant;
import redis.clients.jedis.UnifiedJedis;

/**
 * The per-address counts in Redis, shared by every instance: one counter per key and window (the window's start is
 * part of the key, so a new window starts from one), incremented by one script. Each counter expires a window after
 * its last increment, timed by Redis's own clock; a lost Redis fails the attempt with {@code SERVICE_UNAVAILABLE}.
 */
final class RedisAttemptCounter implements AttemptCounter {

    /** Arguments: the counter's time to live in ms. Replies the count, this attempt included. */
    private static final RedisScript INCREMENT = new RedisScript("""
            local count = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return count
            """);

    private final UnifiedJedis redis;
    private final String keyPrefix;

    RedisAttemptCounter(UnifiedJedis redis, String keyPrefix) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public long increment(String key, Instant windowStart, Duration window) {
        String counter = keyPrefix + key + ":" + windowStart.getEpochSecond();
        return (Long) RedisFailures.translating(() -> INCREMENT.run(redis, counter,
                Long.toString(Expiry.of(window).toMillis())));
    }
}
