package dev.orderdesk.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedisUrlTest {

    @Test
    void readsHostPortAndDatabase() {
        assertThat(RedisUrl.parse("redis://cache.internal:6380/2"))
                .isEqualTo(new RedisUrl("cache.internal", 6380, Optional.empty(), Optional.empty(), 2, false));
    }

    @Test
    void defaultsToPort6379AndDatabase0() {
        assertThat(RedisUrl.parse("redis://127.0.0.1"))
                .isEqualTo(new RedisUrl("127.0.0.1", 6379, Optional.empty(), Optional.empty(), 0, false));
        assertThat(RedisUrl.parse("redis://127.0.0.1:6379/").database()).isZero();
    }

    @Test
    void readsAPasswordAloneOrWithAUserDecodingEscapes() {
        RedisUrl passwordOnly = RedisUrl.parse("redis://:p%40ss@127.0.0.1:6379/0");
        RedisUrl withUser = RedisUrl.parse("redis://app:pw@127.0.0.1:6379/0");

        assertThat(passwordOnly.user()).isEmpty();
        assertThat(passwordOnly.password()).contains("p@ss");
        assertThat(withUser.user()).contains("app");
        assertThat(withUser.password()).contains("pw");
    }

    @Test
    void redissMeansTls() {
        assertThat(RedisUrl.parse("rediss://cache.example.org:6380/0").tls()).isTrue();
        assertThat(RedisUrl.parse("redis://cache.example.org:6380/0").tls()).isFalse();
    }

    @Test
    void takesAnIpv6HostWithoutItsBrackets() {
        RedisUrl url = RedisUrl.parse("redis://[::1]:6379/0");

        assertThat(url.host()).isEqualTo("::1");
        assertThat(url.redacted()).isEqualTo("redis://[::1]:6379/0");
    }

    @Test
    void neverShowsThePassword() {
        RedisUrl url = RedisUrl.parse("redis://app:hunter2@127.0.0.1:6379/1");

        assertThat(url.redacted()).isEqualTo("redis://127.0.0.1:6379/1");
        assertThat(url.toString()).doesNotContain("hunter2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                              | is empty",
            "http://127.0.0.1:6379           | must start with redis:// or rediss://",
            "127.0.0.1:6379                  | must start with redis:// or rediss://",
            "redis://:secret@127.0.0.1:port/0 | has no host",
            "redis:///0                      | has no host",
            "redis://127.0.0.1:6379/cache    | must name the database by its number",
            "redis://127.0.0.1:6379/0?x=1    | takes no query or fragment",
            "redis://127.0.0.1:70000/0       | port must be 1–65535"})
    void refusesWhatItCannotUseWithoutEchoingIt(String raw, String problem) {
        assertThatThrownBy(() -> RedisUrl.parse(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(problem)
                .hasMessageNotContaining("secret");
    }
}
