package dev.orderdesk.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.adapter.redis.testfixtures.TestRedis;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisDataException;

/** A Redis that is down or never answers fails closed, quickly: "unavailable", never a hang or an internal error. */
class RedisOutageTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    // Generous: the point is that nothing hangs (Jedis would wait forever by default), on a loaded machine too.
    private static final Duration SLACK = Duration.ofSeconds(4);
    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    private static RedisStores storesAt(int port) {
        return RedisStores.open(new RedisSettings(
                new RedisUrl("127.0.0.1", port, Optional.empty(), Optional.of("s3cret"), 0, false),
                RedisSettings.DEFAULT_KEY_PREFIX, TIMEOUT, TIMEOUT));
    }

    /** A port nobody listens on: connections are refused at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aRefusedConnectionIsServiceUnavailable() throws IOException {
        try (RedisStores stores = storesAt(closedPort())) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> stores.loginAttempts().recordUnlessFull("ada", NOW, Duration.ofMinutes(15), 5))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
            assertThatThrownBy(() -> stores.addressAttempts().increment("198.51.100.1", NOW, Duration.ofMinutes(1)))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plus(SLACK));
        }
    }

    @Test
    void aRedisThatNeverAnswersIsServiceUnavailableAfterTheTimeout() throws IOException {
        // A listening socket nobody reads from: the kernel completes the connection, no reply ever comes.
        try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             RedisStores stores = storesAt(blackHole.getLocalPort())) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> stores.loginAttempts().remove("ada", NOW))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(TIMEOUT, TIMEOUT.plus(SLACK));
        }
    }

    @Test
    void pingNamesTheServerInOneLineWithoutThePassword() throws IOException {
        int port = closedPort();
        try (RedisStores stores = storesAt(port)) {
            assertThatThrownBy(stores::ping)
                    .isInstanceOf(RedisConnectionException.class)
                    .hasMessageStartingWith("Cannot use Redis at redis://127.0.0.1:" + port + "/0: ")
                    .hasMessageContaining("REDIS_URL")
                    .hasMessageNotContaining("s3cret")
                    .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
        }
    }

    @Test
    void anUnreachableServerIsWorthWaitingForAndRefusedCredentialsAreNot() throws IOException {
        try (RedisStores unreachable = storesAt(closedPort())) {
            assertThatThrownBy(unreachable::ping).isInstanceOfSatisfying(RedisConnectionException.class,
                    e -> assertThat(e.isTransient()).isTrue());
        }
        RedisUrl server = RedisSettings.of(RedisUrl.parse(TestRedis.url())).url();
        RedisUrl stranger = new RedisUrl(server.host(), server.port(), Optional.of("no-such-user-" + UUID.randomUUID()),
                Optional.of("wrong"), server.database(), server.tls());
        try (RedisStores refused = RedisStores.open(new RedisSettings(stranger, "orderdesk-test:", TIMEOUT, TIMEOUT))) {
            assertThatThrownBy(refused::ping).isInstanceOfSatisfying(RedisConnectionException.class,
                    e -> assertThat(e.isTransient()).isFalse());
        }
    }

    @Test
    void anErrorThatIsNotAnOutagePropagatesAsItIs() {
        String key = "wrong-type-" + java.util.UUID.randomUUID();
        try (RedisStores stores = TestRedis.open("orderdesk-test:")) {
            stores.client().setex("orderdesk-test:login:" + key, 60, "not a sorted set");

            assertThatThrownBy(() -> stores.loginAttempts().recordUnlessFull(key, NOW, Duration.ofMinutes(15), 5))
                    .isInstanceOf(JedisDataException.class)
                    .hasMessageContaining("WRONGTYPE");
        }
    }

    @Test
    void aServerThatRefusesTheCredentialsAtRunTimeIsServiceUnavailableNotAnInternalError() {
        String user = "orderdesk-test-" + UUID.randomUUID();
        String prefix = "orderdesk-test:" + UUID.randomUUID() + ":";
        try (RedisStores admin = TestRedis.open()) {
            acl(admin, "SETUSER", user, "on", ">pw", "~" + prefix + "*", "+@all");
            RedisSettings defaults = RedisSettings.of(RedisUrl.parse(TestRedis.url()));
            RedisUrl asUser = new RedisUrl(defaults.url().host(), defaults.url().port(), Optional.of(user),
                    Optional.of("pw"), defaults.url().database(), defaults.url().tls());
            try (RedisStores stores = RedisStores.open(new RedisSettings(asUser, prefix, TIMEOUT, TIMEOUT))) {
                stores.ping();
                acl(admin, "SETUSER", user, "-@all"); // an operator revokes the rights of a running instance

                assertThatThrownBy(() -> stores.loginAttempts().recordUnlessFull("ada", NOW, Duration.ofMinutes(15), 5))
                        .isInstanceOfSatisfying(DomainException.class,
                                e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
            } finally {
                acl(admin, "DELUSER", user);
            }
        }
    }

    private static void acl(RedisStores admin, String... arguments) {
        admin.client().sendCommand(Protocol.Command.ACL, arguments);
    }
}
