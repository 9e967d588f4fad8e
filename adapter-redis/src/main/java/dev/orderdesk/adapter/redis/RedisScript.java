package dev.orderdesk.adapter.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script on one key, sent by its SHA-1 (EVALSHA) and in full (EVAL) only when the server does not know it
 * yet: after a restart, a failover or SCRIPT FLUSH. Redis runs a script atomically, so a script is our one round
 * trip with no read-then-write race.
 */
final class RedisScript {

    private final String source;
    private final String sha1;

    RedisScript(String source) {
        this.source = source;
        this.sha1 = sha1(source);
    }

    /** The script's reply as Jedis decodes it: a {@code String}, a {@code Long}, or null for Lua's {@code false}. */
    Object run(UnifiedJedis redis, String key, String... arguments) {
        List<String> keys = List.of(key);
        List<String> args = List.of(arguments);
        try {
            return redis.evalsha(sha1, keys, args);
        } catch (JedisNoScriptException unknown) {
            return redis.eval(source, keys, args); // EVAL also caches the script for the next EVALSHA
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }
}
