package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.persistence.DatabaseUrl;
import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away while orders are being written and comes back: requests fail fast with 503 (never 500),
 * the service recovers by itself, and every order acknowledged with 201 is in the database.
 */
class DatabaseOutageEndToEndTest {

    private static final String BODY = "{\"currency\":\"EUR\",\"items\":[{\"sku\":\"A\",\"quantity\":1,\"unit_price\":5}]}";

    @TempDir
    static Path workingDirectory;

    private static TcpProxy proxy;
    private static EndToEndSupport service;

    @BeforeAll
    static void start() throws Exception {
        proxy = TcpProxy.toTestDatabase();
        service = new EndToEndSupport(workingDirectory, Clock.systemUTC(),
                Map.of("DATABASE_CONNECT_TIMEOUT_SECONDS", "1", "DATABASE_SOCKET_TIMEOUT_SECONDS", "2",
                        "DATABASE_POOL_SIZE", "2", "DATABASE_MAX_OVERFLOW", "2"),
                proxy::route);
    }

    @AfterAll
    static void stop() throws Exception {
        proxy.restore();
        service.close();
        proxy.close();
    }

    /**
     * A database that accepts connections but never answers (a hung server, a dropped route): readiness says so
     * within its 2 s deadline, not after the pool's and the socket's timeouts, and comes back by itself.
     */
    @Test
    void readinessAnswers503WithinItsDeadlineWhenTheDatabaseIsABlackHoleAndRecovers() throws Exception {
        assertThat(service.send("GET", "/health/ready", null).statusCode()).isEqualTo(200);

        proxy.blackHole();
        Instant asked = Instant.now();
        HttpResponse<String> ready = service.send("GET", "/health/ready", null);
        Duration answeredIn = Duration.between(asked, Instant.now());
        proxy.restore();

        assertThat(ready.statusCode()).isEqualTo(503);
        // 2 s deadline; before, readiness waited for the pool and the socket (30 s by default).
        assertThat(answeredIn).isLessThan(Duration.ofSeconds(5));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status = 0;
        while (status != 200 && Instant.now().isBefore(deadline)) {
            status = service.send("GET", "/health/ready", null).statusCode();
        }
        assertThat(status).as("readiness recovers without a restart").isEqualTo(200);
    }

    @Test
    void failsFastWith503WhileTheDatabaseIsAwayRecoversAndLosesNoAcknowledgedWrite() throws Exception {
        service.send("POST", "/api/v1/users", "{\"email\":\"outage@example.org\",\"name\":\"O\",\"password\":\"outage-password\"}");
        String bearer = service.bearer("outage@example.org", "outage-password");
        List<Long> acknowledged = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            place(bearer, acknowledged, statuses);
        }
        proxy.cut();
        for (int i = 0; i < 5; i++) {
            place(bearer, acknowledged, statuses);
        }
        HttpResponse<String> readyWhileAway = service.send("GET", "/health/ready", null);
        // The lock-out's store is the database too: without it a login fails closed, never unthrottled.
        HttpResponse<String> loginWhileAway = service.send("POST", "/api/v1/auth/login",
                "{\"email\":\"outage@example.org\",\"password\":\"outage-password\"}");
        proxy.restore();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int recovered = 0;
        while (recovered < 5 && Instant.now().isBefore(deadline)) {
            recovered += place(bearer, acknowledged, statuses) == 201 ? 1 : 0;
        }

        assertThat(statuses).doesNotContain(500).contains(503);
        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(201, 401, 503));
        assertThat(readyWhileAway.statusCode()).isEqualTo(503);
        assertThat(loginWhileAway.statusCode()).isEqualTo(503);
        assertThat(service.json(loginWhileAway).at("/error/code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(recovered).as("the service recovers without a restart").isEqualTo(5);
        assertThat(service.send("GET", "/health/ready", null).statusCode()).isEqualTo(200);
        assertThat(storedOrderIds()).containsAll(acknowledged);
    }

    private static int place(String bearer, List<Long> acknowledged, List<Integer> statuses) {
        HttpResponse<String> response = service.send("POST", "/api/v1/orders", BODY, "Authorization", bearer);
        statuses.add(response.statusCode());
        if (response.statusCode() == 201) {
            acknowledged.add(service.json(response).get("id").asLong());
        } else {
            assertThat(service.json(response).at("/error/code").asText()).isIn("SERVICE_UNAVAILABLE", "INVALID_TOKEN");
        }
        return response.statusCode();
    }

    private static List<Long> storedOrderIds() throws Exception {
        DatabaseUrl direct = DatabaseUrl.parse(TestDatabase.serverUrlNaming(service.databaseName()));
        try (Connection connection = DriverManager.getConnection(direct.jdbcUrl(), direct.credentials());
             PreparedStatement select = connection.prepareStatement("SELECT id FROM orders");
             ResultSet rows = select.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }
}
