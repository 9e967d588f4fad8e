package dev.orderdesk.adapter.redis;

import dev.orderdesk.adapter.redis.testfixtures.TestRedis;
import dev.orderdesk.application.port.out.AttemptLog;
import dev.orderdesk.testkit.contract.AttemptLogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class RedisAttemptLogTest extends AttemptLogContract {

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
    protected AttemptLog log() {
        return redis.loginAttempts();
    }
}
