package dev.orderdesk.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.redis.testfixtures.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/** What the stores leave in Redis: prefixed keys that expire, and sets that never outgrow their window. */
class RedisKeysTest {

    private static final String PREFIX = "orderdesk-test:" + UUID.randomUUID() + ":";
    private static final Instant LONG_AGO = Instant.parse("2026-05-01T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private static RedisStores redis;

    private final String key = "ada-" + UUID.randomUUID() + "@example.org";

    @BeforeAll
    static void connect() {
        redis = TestRedis.open(PREFIX);
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    private static UnifiedJedis client() {
        return redis.client();
    }

    @Test
    void anAccountsAttemptsExpireAWindowAfterTheLastOneByRedissClockNotTheAttemptsInstant() {
        redis.loginAttempts().recordUnlessFull(key, LONG_AGO, WINDOW, 5);

        assertThat(client().pttl(PREFIX + "login:" + key))
                .isBetween(WINDOW.toMillis(), Expiry.of(WINDOW).toMillis());
    }

    @Test
    void anAddressCountExpiresAWindowAfterItsLastIncrement() {
        redis.addressAttempts().increment(key, LONG_AGO, Duration.ofMinutes(1));

        assertThat(client().pttl(PREFIX + "address:" + key + ":" + LONG_AGO.getEpochSecond()))
                .isBetween(Duration.ofMinutes(1).toMillis(), Expiry.of(Duration.ofMinutes(1)).toMillis());
    }

    @Test
    void anAccountAttackedForHoursHoldsOnlyTheAttemptsOfOneWindow() {
        for (int minute = 0; minute < 120; minute++) {
            redis.loginAttempts().recordUnlessFull(key, LONG_AGO.plus(Duration.ofMinutes(minute)), WINDOW, 1000);
        }

        assertThat(client().zcard(PREFIX + "login:" + key)).isEqualTo(15);
    }

    @Test
    void aClearedAccountLeavesNoKey() {
        redis.loginAttempts().recordUnlessFull(key, LONG_AGO, WINDOW, 5);
        redis.loginAttempts().clear(key);

        assertThat(client().exists(PREFIX + "login:" + key)).isFalse();
    }

    @Test
    void scriptsAreSentAgainWhenRedisHasForgottenThem() {
        redis.loginAttempts().recordUnlessFull(key, LONG_AGO, WINDOW, 2);
        client().scriptFlush();

        assertThat(redis.loginAttempts().recordUnlessFull(key, LONG_AGO, WINDOW, 2)).isEmpty();
        assertThat(redis.loginAttempts().recordUnlessFull(key, LONG_AGO, WINDOW, 2)).contains(LONG_AGO.plus(WINDOW));
        assertThat(redis.addressAttempts().increment(key, LONG_AGO, WINDOW)).isEqualTo(1);
    }

    @Test
    void keepsMicrosecondsAsPostgreSqlDoes() {
        Instant first = Instant.parse("2026-05-01T08:00:00.123456789Z");
        redis.loginAttempts().recordUnlessFull(key, first, WINDOW, 1);

        assertThat(redis.loginAttempts().recordUnlessFull(key, first.plusSeconds(1), WINDOW, 1))
                .contains(Instant.parse("2026-05-01T08:15:00.123456Z"));
    }
}
