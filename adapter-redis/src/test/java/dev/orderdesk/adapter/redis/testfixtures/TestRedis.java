package dev.orderdesk.adapter.redis.testfixtures;

import dev.orderdesk.adapter.redis.RedisConnectionException;
import dev.orderdesk.adapter.redis.RedisSettings;
import dev.orderdesk.adapter.redis.RedisStores;
import dev.orderdesk.adapter.redis.RedisUrl;
import java.util.UUID;

/**
 * The real Redis for tests: {@code TEST_REDIS_URL}, by default the local one. If it cannot be reached the test
 * fails, saying how to start one; it is never skipped. Each use gets a key prefix of its own, and every key the
 * stores write expires by itself, so nothing needs cleaning up.
 */
public final class TestRedis {

    private static final String DEFAULT_URL = "redis://127.0.0.1:6379/0";

    private TestRedis() {
    }

    /** The test server's URL, as {@code REDIS_URL} would be set (for end-to-end tests). */
    public static String url() {
        return System.getenv().getOrDefault("TEST_REDIS_URL", DEFAULT_URL);
    }

    /** Stores on the test server under a fresh prefix, after checking that it answers. */
    public static RedisStores open() {
        return open("orderdesk-test:" + UUID.randomUUID() + ":");
    }

    /** Stores on the test server under the given prefix, after checking that it answers. */
    public static RedisStores open(String keyPrefix) {
        RedisSettings defaults = RedisSettings.of(RedisUrl.parse(url()));
        RedisStores stores = RedisStores.open(new RedisSettings(defaults.url(), keyPrefix, defaults.connectTimeout(),
                defaults.socketTimeout()));
        try {
            stores.ping();
        } catch (RedisConnectionException unreachable) {
            stores.close();
            throw new AssertionError(unreachable.getMessage() + " Start it with: redis-server --daemonize yes "
                    + "(or point TEST_REDIS_URL at another server).", unreachable);
        }
        return stores;
    }
}
