/**
 * For tests that need the real Redis (shipped in adapter-redis's test-jar): {@code TestRedis}, the test server's URL
 * and stores on it under a key prefix of their own. Only the adapter's public API is used, so this package is the
 * test-jar's own and no package is split with the main jar; the adapter's own tests stay in its package and out of
 * the test-jar.
 */
package dev.orderdesk.adapter.redis.testfixtures;
