package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.redis.testfixtures.TestRedis;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The multi-instance scenarios with {@code REDIS_URL} set: the limits in Redis, reached through a proxy this test can
 * cut, to show that losing Redis fails login closed while reads go on.
 */
class MultiInstanceRedisEndToEndTest extends MultiInstanceScenarios {

    private final TcpProxy redis = redisProxy();

    private static TcpProxy redisProxy() {
        URI server = URI.create(TestRedis.url());
        try {
            return new TcpProxy(server.getHost(), server.getPort());
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a local proxy port", e);
        }
    }

    @Override
    protected Map<String, String> limitStore() {
        // A prefix of its own: the clock stands still at the same instant in every run, and Redis outlives them.
        return Map.of("REDIS_URL", "redis://127.0.0.1:" + redis.port() + URI.create(TestRedis.url()).getPath(),
                "REDIS_KEY_PREFIX", "orderdesk-e2e:" + UUID.randomUUID() + ":");
    }

    @AfterEach
    void closeTheProxy() throws IOException {
        redis.close();
    }

    @Test
    void losingRedisFailsLoginAndRegistrationClosedWhileReadsAndReadinessGoOn() throws IOException {
        start(Map.of());
        register("ada@example.org", "ada-password");
        String ada = nextInstance().bearer("ada@example.org", "ada-password");

        redis.cut();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> login = login("ada@example.org", "ada-password");
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(json(login).at("/error/code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(register("bob" + i + "@example.org", "bob-password").statusCode()).isEqualTo(503);
            assertThat(nextInstance().send("GET", "/api/v1/users/me", null, "Authorization", ada).statusCode())
                    .isEqualTo(200);
            assertThat(nextInstance().send("GET", "/health/ready", null).statusCode())
                    .as("a Redis outage keeps every instance in the balancer").isEqualTo(200);
        }

        redis.restore();
        assertThat(login("ada@example.org", "ada-password").statusCode()).isEqualTo(200);
    }
}
