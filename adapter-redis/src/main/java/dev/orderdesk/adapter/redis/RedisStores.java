package dev.orderdesk.adapter.redis;

import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.application.port.out.AttemptLog;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The Redis adapter's entry point: owns the pooled client and hands out the shared stores of the login lock-out
 * ({@code <prefix>login:<account>}) and the per-address limit ({@code <prefix>address:<address>:<window start>}).
 */
public final class RedisStores implements AutoCloseable {

    /** Each call holds a connection for one round trip, so a few dozen serve far more logins than bcrypt admits. */
    private static final int MAX_CONNECTIONS = 32;

    private final RedisSettings settings;
    private final UnifiedJedis redis;

    private RedisStores(RedisSettings settings, UnifiedJedis redis) {
        this.settings = settings;
        this.redis = redis;
    }

    /** Creates the pool; no connection is opened until the first command (see {@link #ping()}). */
    public static RedisStores open(RedisSettings settings) {
        RedisUrl url = settings.url();
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) settings.connectTimeout().toMillis())
                .socketTimeoutMillis((int) settings.socketTimeout().toMillis())
                .database(url.database())
                .ssl(url.tls());
        url.user().ifPresent(client::user);
        url.password().ifPresent(client::password);
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(MAX_CONNECTIONS);
        pool.setMaxIdle(MAX_CONNECTIONS);
        // A request waits for a busy pool no longer than it would for a new connection (the default is forever).
        pool.setMaxWait(settings.connectTimeout());
        return new RedisStores(settings, RedisClient.builder()
                .hostAndPort(new HostAndPort(url.host(), url.port()))
                .clientConfig(client.build())
                .poolConfig(pool)
                .build());
    }

    /**
     * Connects and asks Redis to answer, within the timeouts.
     *
     * @throws RedisConnectionException when it cannot be reached or refuses us, with a one-line message for the operator
     */
    public void ping() {
        try {
            redis.ping();
        } catch (JedisException failure) {
            throw new RedisConnectionException(settings.url(), failure);
        }
    }

    public AttemptLog loginAttempts() {
        return new RedisAttemptLog(redis, settings.keyPrefix() + "login:");
    }

    public AttemptCounter addressAttempts() {
        return new RedisAttemptCounter(redis, settings.keyPrefix() + "address:");
    }

    /** The client itself, for tests that look at the keys. */
    UnifiedJedis client() {
        return redis;
    }

    @Override
    public void close() {
        redis.close();
    }
}
