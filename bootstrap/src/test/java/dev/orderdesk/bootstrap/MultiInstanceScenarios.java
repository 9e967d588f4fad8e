package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.testkit.concurrency.Concurrently;
import dev.orderdesk.testkit.time.ControllableClock;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances of the real application on one PostgreSQL database, driven round robin as a load balancer would:
 * whatever correctness depends on is settled in the shared stores, so scaling out neither multiplies a limit nor
 * lets a race through. Each subclass runs the scenarios with one store for the limits.
 */
abstract class MultiInstanceScenarios {

    private static final int INSTANCES = 3;
    /** How soon an account change must hold on the instances that did not make it. */
    private static final Duration CROSS_INSTANCE = Duration.ofSeconds(1);
    private static final String ORDER = "{\"currency\":\"EUR\",\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":1,\"unit_price\":750}]}";

    @TempDir
    Path workingDirectory;

    // One clock for all instances, standing still mid-minute, so no window boundary falls inside a test.
    private final ControllableClock clock = new ControllableClock(Instant.parse("2026-05-01T08:00:20Z"));
    private final String database = "orderdesk_multi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<EndToEndSupport> instances = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The settings that choose the store of the lock-out and the per-address limit. */
    protected abstract Map<String, String> limitStore();

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

    @Test
    void twentyConcurrentPostsWithOneKeyOverEveryInstanceCreateOneOrder() throws Exception {
        start(Map.of());
        register("ada@example.org", "ada-password");
        String ada = nextInstance().bearer("ada@example.org", "ada-password");

        List<HttpResponse<String>> responses = Concurrently.run(20, () -> nextInstance().send("POST", "/api/v1/orders",
                ORDER, "Authorization", ada, "Idempotency-Key", "spread-key-1"));

        Set<Long> ids = new HashSet<>();
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
            if (response.statusCode() == 201) {
                ids.add(json(response).get("id").asLong());
            }
        }
        assertThat(ids).hasSize(1);
        for (int i = 0; i < INSTANCES; i++) {
            HttpResponse<String> listed = nextInstance().send("GET", "/api/v1/orders", null, "Authorization", ada);
            assertThat(listed.headers().firstValue("X-Total-Count")).contains("1");
        }
    }

    @Test
    void aRefreshTokenReusedOnAnotherInstanceRevokesTheFamilyEverywhere() {
        start(Map.of());
        register("ada@example.org", "ada-password");
        JsonNode login = json(login("ada@example.org", "ada-password"));

        HttpResponse<String> rotated = nextInstance().send("POST", "/api/v1/auth/refresh", refreshBody(login));
        assertThat(rotated.statusCode()).isEqualTo(200);
        HttpResponse<String> reused = nextInstance().send("POST", "/api/v1/auth/refresh", refreshBody(login));
        HttpResponse<String> rotatedAfterTheTheft = nextInstance().send("POST", "/api/v1/auth/refresh",
                refreshBody(json(rotated)));

        assertThat(reused.statusCode()).isEqualTo(401);
        assertThat(json(reused).at("/error/code").asText()).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(rotatedAfterTheTheft.statusCode()).as("the family is revoked on every instance").isEqualTo(401);
    }

    @Test
    void fiftyConcurrentRegistrationsOfOneEmailOverEveryInstanceGiveOneCreated() throws Exception {
        start(Map.of());

        List<Integer> statuses = Concurrently.run(50, () -> register("race@example.org", "race-password").statusCode());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(49);
    }

    @Test
    void aDeactivationHoldsAtOnceOnItsInstanceAndWithinASecondOnEveryOther() {
        AdaAndAnAdmin signedIn = adaSeenByEveryInstance();

        signedIn.change(instances.get(0), "{\"is_active\":false}");

        assertThat(signedIn.readOwnAccount(instances.get(0))).as("at once where it changed").isEqualTo(401);
        assertThat(within(CROSS_INSTANCE, () -> signedIn.readOwnAccount(instances.get(1)), 401)).isEqualTo(401);
        assertThat(within(CROSS_INSTANCE, () -> signedIn.readOwnAccount(instances.get(2)), 401)).isEqualTo(401);
    }

    @Test
    void aRoleChangeHoldsAtOnceOnItsInstanceAndWithinASecondOnEveryOther() {
        AdaAndAnAdmin signedIn = adaAndAnAdmin();
        instances.forEach(instance -> assertThat(signedIn.listUsers(instance)).isEqualTo(403));

        signedIn.change(instances.get(1), "{\"role\":\"admin\"}");

        assertThat(signedIn.listUsers(instances.get(1))).as("at once where it changed").isEqualTo(200);
        assertThat(within(CROSS_INSTANCE, () -> signedIn.listUsers(instances.get(0)), 200)).isEqualTo(200);
        assertThat(within(CROSS_INSTANCE, () -> signedIn.listUsers(instances.get(2)), 200)).isEqualTo(200);
    }

    @Test
    void withTheListenersCutOffEveryInstanceReadsTheAccountAndWhenTheyReconnectItStillHolds() {
        AdaAndAnAdmin signedIn = adaSeenByEveryInstance();
        try {
            // New connections are refused (the pools keep theirs), so the killed listeners cannot come back:
            // no announcement can reach any instance while the account changes.
            TestDatabase.executeOnServer("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            TestDatabase.executeOnServer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + database + "' AND application_name LIKE '% account changes'");
            awaitListeners(0);

            signedIn.change(instances.get(0), "{\"is_active\":false}");

            for (EndToEndSupport instance : instances) {
                assertThat(signedIn.readOwnAccount(instance)).as("deaf: read through at once").isEqualTo(401);
            }
        } finally {
            TestDatabase.executeOnServer("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
        awaitListeners(INSTANCES);
        for (EndToEndSupport instance : instances) {
            assertThat(signedIn.readOwnAccount(instance)).as("emptied on reconnect").isEqualTo(401);
        }
    }

    /** Starts the instances; {@code environment} adds to the shared settings. */
    protected final void start(Map<String, String> environment) {
        Map<String, String> shared = new HashMap<>(limitStore());
        shared.putAll(environment);
        shared.put("DATABASE_URL", TestDatabase.serverUrlNaming(database));
        // Small pools: instances × pool size must stay within PostgreSQL's max_connections.
        shared.put("DATABASE_POOL_SIZE", "2");
        shared.put("DATABASE_MAX_OVERFLOW", "4");
        for (int i = 0; i < INSTANCES; i++) {
            instances.add(new EndToEndSupport(workingDirectory, clock, shared));
        }
    }

    /** The next instance in turn, as a round-robin balancer picks it; safe to call from many threads. */
    protected final EndToEndSupport nextInstance() {
        return instances.get(Math.floorMod(next.getAndIncrement(), INSTANCES));
    }

    protected final HttpResponse<String> register(String email, String password) {
        return nextInstance().send("POST", "/api/v1/users",
                "{\"email\":\"" + email + "\",\"name\":\"Someone\",\"password\":\"" + password + "\"}");
    }

    protected final HttpResponse<String> login(String email, String password) {
        return nextInstance().send("POST", "/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    protected final JsonNode json(HttpResponse<String> response) {
        return instances.get(0).json(response);
    }

    /** Starts the instances, registers Ada and signs her and the first administrator in. */
    private AdaAndAnAdmin adaAndAnAdmin() {
        start(Map.of());
        long ada = json(register("ada@example.org", "ada-password")).get("id").asLong();
        return new AdaAndAnAdmin(ada, nextInstance().bearer("ada@example.org", "ada-password"),
                nextInstance().bearer(EndToEndSupport.ADMIN_EMAIL, EndToEndSupport.ADMIN_PASSWORD));
    }

    /** As {@link #adaAndAnAdmin()}, and every instance has served Ada once (so each may remember her). */
    private AdaAndAnAdmin adaSeenByEveryInstance() {
        AdaAndAnAdmin signedIn = adaAndAnAdmin();
        instances.forEach(instance -> assertThat(signedIn.readOwnAccount(instance)).isEqualTo(200));
        return signedIn;
    }

    private record AdaAndAnAdmin(long ada, String adaToken, String admin) {
        int readOwnAccount(EndToEndSupport instance) {
            return instance.send("GET", "/api/v1/users/" + ada, null, "Authorization", adaToken).statusCode();
        }

        int listUsers(EndToEndSupport instance) {
            return instance.send("GET", "/api/v1/users", null, "Authorization", adaToken).statusCode();
        }

        /** The administrator changes Ada's account through {@code instance}. */
        void change(EndToEndSupport instance, String body) {
            HttpResponse<String> changed = instance.send("PATCH", "/api/v1/users/" + ada, body, "Authorization", admin);
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        }
    }

    /** Asks until the status is {@code expected} or the deadline passes, and returns the last status. */
    private static int within(Duration deadline, IntSupplier status, int expected) {
        long end = System.nanoTime() + deadline.toNanos();
        int last = status.getAsInt();
        while (last != expected && System.nanoTime() < end) {
            Thread.onSpinWait();
            last = status.getAsInt();
        }
        return last;
    }

    /** Waits (at most ten seconds) until this many account-change listeners are connected to the database. */
    private void awaitListeners(int count) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int connected = listeners();
        while (connected != count && System.nanoTime() < end) {
            connected = listeners();
        }
        assertThat(connected).as("listeners connected").isEqualTo(count);
    }

    private int listeners() {
        return TestDatabase.countOnServer("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database
                + "' AND application_name LIKE '% account changes'");
    }

    private static String refreshBody(JsonNode tokens) {
        return "{\"refresh_token\":\"" + tokens.get("refresh_token").asText() + "\"}";
    }
}
