package dev.orderdesk.adapter.redis;

import dev.orderdesk.application.port.out.AttemptLog;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.UnifiedJedis;

/**
 * The login lock-out's attempts in Redis, shared by every instance: a sorted set per key whose scores are the
 * attempts' instants in epoch microseconds (the precision PostgreSQL keeps) and whose members are unique, so
 * attempts at the same instant are kept apart. Every primitive is one script. The set expires a window after its
 * last recorded attempt (timed by Redis's own clock, never by the instant passed in), so it cannot grow without
 * bound; a lost Redis fails the attempt with {@code SERVICE_UNAVAILABLE}.
 */
final class RedisAttemptLog implements AttemptLog {

    /**
     * Arguments: the cut-off (attempts at or before it have left the window), the limit, the attempt's score and
     * member, the set's time to live in ms. Replies the member of the oldest of the last {@code limit} attempts when
     * the window is full (nothing recorded), else false. Scores travel as strings both ways: Lua's numbers print
     * with 14 digits and would round a 16-digit instant.
     */
    private static final RedisScript RECORD_UNLESS_FULL = new RedisScript("""
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            local count = redis.call('ZCARD', KEYS[1])
            local limit = tonumber(ARGV[2])
            if count >= limit then
                return redis.call('ZRANGE', KEYS[1], count - limit, count - limit)[1]
            end
            redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            return false
            """);

    /** Arguments: the score. Removes one member with exactly that score, if there is one. */
    private static final RedisScript REMOVE_ONE = new RedisScript("""
            local found = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[1], 'LIMIT', 0, 1)
            if found[1] then
                redis.call('ZREM', KEYS[1], found[1])
            end
            return false
            """);

    private final UnifiedJedis redis;
    private final String keyPrefix;

    RedisAttemptLog(UnifiedJedis redis, String keyPrefix) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public Optional<Instant> recordUnlessFull(String key, Instant at, Duration window, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        long score = micros(at);
        Object oldest = RedisFailures.translating(() -> RECORD_UNLESS_FULL.run(redis, keyPrefix + key,
                Long.toString(score - window.dividedBy(ChronoUnit.MICROS.getDuration())), Integer.toString(limit),
                Long.toString(score), score + ":" + UUID.randomUUID(), Long.toString(Expiry.of(window).toMillis())));
        return Optional.ofNullable((String) oldest).map(member -> instant(member).plus(window));
    }

    @Override
    public void remove(String key, Instant at) {
        RedisFailures.translating(() -> REMOVE_ONE.run(redis, keyPrefix + key, Long.toString(micros(at))));
    }

    @Override
    public void clear(String key) {
        RedisFailures.translating(() -> redis.del(keyPrefix + key));
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** A member is {@code <micros>:<uuid>}. */
    private static Instant instant(String member) {
        return Instant.EPOCH.plus(Long.parseLong(member.substring(0, member.indexOf(':'))), ChronoUnit.MICROS);
    }
}
