/**
 * The Redis adapter: an optional shared store for the login lock-out's attempts and the per-address counts, on a
 * pooled Jedis client.
 *
 * <p>{@link dev.orderdesk.adapter.redis.RedisStores} is the one entry point (with {@code RedisSettings},
 * {@code RedisUrl} and {@code RedisConnectionException}); the stores stay package-private. Each primitive of a port
 * is one Lua script: one round trip, run atomically by the server, so concurrent attempts from any number of
 * instances cannot race between a read and a write. May depend on {@code dev.orderdesk.application},
 * {@code dev.orderdesk.domain} and Jedis.
 */
package dev.orderdesk.adapter.redis;
