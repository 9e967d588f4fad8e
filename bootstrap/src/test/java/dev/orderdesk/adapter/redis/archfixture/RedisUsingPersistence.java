package dev.orderdesk.adapter.redis.archfixture;

import dev.orderdesk.adapter.persistence.JdbiPersistence;

/** The Redis adapter falling back on the persistence adapter: broken on purpose. */
public class RedisUsingPersistence {

    public Object attempts(JdbiPersistence persistence) {
        return persistence.loginAttempts();
    }
}
