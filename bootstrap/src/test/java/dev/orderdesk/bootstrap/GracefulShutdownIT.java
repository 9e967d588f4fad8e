package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.http.testing.TestHttpClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as an operator runs it: on SIGTERM readiness turns 503 at once, the instance keeps serving through
 * the shutdown grace, then refuses new connections, lets a slow in-flight request finish with 2xx, and exits 0.
 */
class GracefulShutdownIT {

    private PackagedJar jar;
    private Process process;

    @AfterEach
    void cleanUp() throws IOException {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void sigtermDrainsInFlightRequestsRefusesNewOnesAndExitsZero() throws Exception {
        TestHttpClient client = startJar("20", "0");

        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> client.send("POST",
                "/api/v1/users", "application/json",
                "{\"email\":\"slow@example.org\",\"name\":\"Slow\",\"password\":\"slow-password\"}"));
        // Once the service logs that the request started, bcrypt at cost 15 holds it in flight for seconds.
        awaitLogLine("POST /api/v1/users started");
        process.toHandle().destroy(); // SIGTERM

        awaitLogLine("Draining in-flight requests");
        jar.awaitConnectionsRefused();
        boolean stillInFlightWhenRefusing = !slow.isDone();
        HttpResponse<String> drained = slow.get(60, TimeUnit.SECONDS);

        assertThat(stillInFlightWhenRefusing).isTrue();
        assertThat(drained.statusCode()).as(drained.body()).isEqualTo(201);
        assertThat(readLog()).contains("POST /api/v1/users 201");
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    @Test
    void aDrainThatOutlastsTheTimeoutStillExitsZeroAndCountsWhatItCut() throws Exception {
        TestHttpClient client = startJar("1", "0");

        CompletableFuture.runAsync(() -> client.send("POST", "/api/v1/users", "application/json",
                "{\"email\":\"cut@example.org\",\"name\":\"Cut\",\"password\":\"cut-password\"}"));
        awaitLogLine("POST /api/v1/users started");
        process.toHandle().destroy(); // SIGTERM; the hash takes longer than the 1 s drain

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(readLog()).isZero();
        assertThat(readLog()).contains("Drain timed out after 1 s; 1 request(s) in flight were cut");
    }

    @Test
    void sigtermTurnsReadinessOffAtOnceAndKeepsServingThroughTheGraceBeforeRefusing() throws Exception {
        TestHttpClient client = startJar("20", "5");

        Instant signalled = Instant.now();
        process.toHandle().destroy(); // SIGTERM
        awaitLogLine("serving for the 5 s shutdown grace");
        HttpResponse<String> readiness = client.send("GET", "/health/ready", null, null);
        HttpResponse<String> served = client.send("GET", "/health/live", null, null);
        awaitLogLine("Draining in-flight requests");
        Duration graceSeen = Duration.between(signalled, Instant.now());
        jar.awaitConnectionsRefused();

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Connection")).as("a keep-alive client is sent elsewhere").contains("close");
        assertThat(graceSeen).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    @Test
    void everyLineLoggedBeforeASigtermReachesTheOutputUpToTheLastOne() throws Exception {
        TestHttpClient client = startJar("20", "0");
        int requests = 300;
        for (int i = 1; i <= requests; i++) {
            assertThat(client.send("GET", "/api/v1/users/" + i, null, null).statusCode()).isEqualTo(401);
        }

        process.toHandle().destroy(); // SIGTERM
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String log = readLog();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log.lines().filter(line -> line.matches(".* - GET /api/v1/users/\\d+ 401 .*"))).hasSize(requests);
        assertThat(log.lines().reduce((first, second) -> second)).as("the stop's own last line, queued after the drain")
                .hasValueSatisfying(last -> assertThat(last).endsWith("- Stopped"));
    }

    /** Starts the packaged jar with a deliberately slow hash (cost 15, seconds), so a registration stays in flight. */
    private TestHttpClient startJar(String shutdownTimeoutSeconds, String shutdownGraceSeconds) throws Exception {
        jar = new PackagedJar(Map.of("BCRYPT_COST", "15", "LOG_FORMAT", "text", "LOG_LEVEL", "DEBUG",
                "SHUTDOWN_TIMEOUT", shutdownTimeoutSeconds, "SHUTDOWN_GRACE", shutdownGraceSeconds));
        process = jar.process();
        return jar.awaitReady().client();
    }

    private void awaitLogLine(String text) throws InterruptedException {
        jar.awaitLogLine(text);
    }

    private String readLog() {
        return jar.log();
    }
}
