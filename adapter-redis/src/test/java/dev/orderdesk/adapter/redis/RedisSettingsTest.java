package dev.orderdesk.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisSettingsTest {

    private static final RedisUrl LOCAL = RedisUrl.parse("redis://127.0.0.1:6379/0");

    @Test
    void defaultsToTheOrderdeskPrefixAndTwoSecondTimeouts() {
        assertThat(RedisSettings.of(LOCAL))
                .isEqualTo(new RedisSettings(LOCAL, "orderdesk:", Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    @Test
    void refusesTimeoutsThatAreZeroOrOverAMinute() {
        assertThatThrownBy(() -> new RedisSettings(LOCAL, "orderdesk:", Duration.ZERO, Duration.ofSeconds(2)))
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> new RedisSettings(LOCAL, "orderdesk:", Duration.ofSeconds(2), Duration.ofSeconds(61)))
                .hasMessageContaining("socketTimeout");
    }

    @Test
    void refusesAnOverlongPrefix() {
        assertThatThrownBy(() -> new RedisSettings(LOCAL, "x".repeat(101), Duration.ofSeconds(2), Duration.ofSeconds(2)))
                .hasMessageContaining("keyPrefix");
    }
}
