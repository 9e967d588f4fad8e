package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.persistence.TestDatabase;
import dev.orderdesk.application.fakes.MutableClock;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances of the real application on one PostgreSQL database, driven round robin as a load balancer would:
 * the limits are the database's, so scaling out does not multiply them.
 */
class MultiInstanceEndToEndTest {

    private static final int INSTANCES = 3;

    @TempDir
    Path workingDirectory;

    // One clock for all instances, standing still mid-minute, so no window boundary falls inside a test.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:20Z"));
    private final String database = "orderdesk_multi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<EndToEndSupport> instances = new ArrayList<>();
    private int next;

    @AfterEach
    void stop() {
        instances.forEach(EndToEndSupport::close);
        TestDatabase.executeOnServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void theLockoutCountsFailuresFromEveryInstance() {
        start(Map.of());
        register("ada@example.org", "ada-password");

        for (int i = 0; i < 5; i++) {
            assertThat(login("ada@example.org", "wrong-password").statusCode()).as("failure %d", i + 1).isEqualTo(401);
        }

        for (int i = 0; i < INSTANCES; i++) {
            HttpResponse<String> locked = login("ada@example.org", "ada-password");
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).contains("900");
        }
    }

    @Test
    void thePerAddressLimitIsOneBudgetAcrossInstances() {
        start(Map.of("ADDRESS_RATE_LIMIT_PER_MINUTE", "7"));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(register("user" + i + "@example.org", "some-password").statusCode());
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(7);
        assertThat(statuses.subList(7, 10)).containsOnly(429);
    }

    private void start(Map<String, String> environment) {
        Map<String, String> shared = new HashMap<>(environment);
        shared.put("DATABASE_URL", TestDatabase.serverUrlNaming(database));
        // Small pools: instances × pool size must stay within PostgreSQL's max_connections.
        shared.put("DATABASE_POOL_SIZE", "2");
        shared.put("DATABASE_MAX_OVERFLOW", "4");
        for (int i = 0; i < INSTANCES; i++) {
            instances.add(new EndToEndSupport(workingDirectory, clock, shared));
        }
    }

    /** The next instance in turn, as a round-robin balancer picks it. */
    private EndToEndSupport nextInstance() {
        return instances.get(next++ % INSTANCES);
    }

    private HttpResponse<String> register(String email, String password) {
        return nextInstance().send("POST", "/api/v1/users",
                "{\"email\":\"" + email + "\",\"name\":\"Someone\",\"password\":\"" + password + "\"}");
    }

    private HttpResponse<String> login(String email, String password) {
        return nextInstance().send("POST", "/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
