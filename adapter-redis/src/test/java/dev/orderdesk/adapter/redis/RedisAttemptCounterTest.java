package dev.orderdesk.adapter.redis;

import dev.orderdesk.adapter.redis.testfixtures.TestRedis;
import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.testkit.contract.AttemptCounterContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class RedisAttemptCounterTest extends AttemptCounterContract {

    private static RedisStores redis;

    @BeforeAll
    static void connect() {
        redis = TestRedis.open();
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Override
    protected AttemptCounter counter() {
        return redis.addressAttempts();
    }
}
