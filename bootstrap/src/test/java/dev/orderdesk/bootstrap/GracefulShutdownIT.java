package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderdesk.adapter.http.testing.TestHttpClient;
import dev.orderdesk.adapter.persistence.TestDatabase;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as an operator runs it: on SIGTERM readiness turns 503 at once, the instance keeps serving through
 * the shutdown grace, then refuses new connections, lets a slow in-flight request finish with 2xx, and exits 0.
 */
class GracefulShutdownIT {

    private final String database = "orderdesk_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private Process process;
    private Path log;

    @AfterEach
    void cleanUp() throws IOException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        TestDatabase.executeOnServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        Files.deleteIfExists(log);
    }

    @Test
    void sigtermDrainsInFlightRequestsRefusesNewOnesAndExitsZero() throws Exception {
        int port = startJar("20", "0");
        TestHttpClient client = new TestHttpClient(() -> port);
        awaitReady(client);

        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> client.send("POST",
                "/api/v1/users", "application/json",
                "{\"email\":\"slow@example.org\",\"name\":\"Slow\",\"password\":\"slow-password\"}"));
        // Once the service logs that the request started, bcrypt at cost 15 holds it in flight for seconds.
        awaitLogLine("POST /api/v1/users started");
        process.toHandle().destroy(); // SIGTERM

        awaitLogLine("Draining in-flight requests");
        Throwable refused = catchThrowable(() -> client.send("GET", "/health/live", null, null));
        HttpResponse<String> drained = slow.get(60, TimeUnit.SECONDS);

        assertThat(drained.statusCode()).as(drained.body()).isEqualTo(201);
        assertThat(refused).hasCauseInstanceOf(ConnectException.class);
        assertThat(readLog()).contains("POST /api/v1/users 201");
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    @Test
    void aDrainThatOutlastsTheTimeoutStillExitsZeroAndCountsWhatItCut() throws Exception {
        int port = startJar("1", "0");
        TestHttpClient client = new TestHttpClient(() -> port);
        awaitReady(client);

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
        int port = startJar("20", "5");
        TestHttpClient client = new TestHttpClient(() -> port);
        awaitReady(client);

        Instant signalled = Instant.now();
        process.toHandle().destroy(); // SIGTERM
        awaitLogLine("serving for the 5 s shutdown grace");
        HttpResponse<String> readiness = client.send("GET", "/health/ready", null, null);
        HttpResponse<String> served = client.send("GET", "/health/live", null, null);
        awaitLogLine("Draining in-flight requests");
        Duration graceSeen = Duration.between(signalled, Instant.now());
        Throwable refused = catchThrowable(() -> client.send("GET", "/health/live", null, null));

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Connection")).as("a keep-alive client is sent elsewhere").contains("close");
        assertThat(graceSeen).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(refused).hasCauseInstanceOf(ConnectException.class);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    /** Starts the packaged jar with a deliberately slow hash (cost 15, seconds), so a registration stays in flight. */
    private int startJar(String shutdownTimeoutSeconds, String shutdownGraceSeconds) throws IOException {
        int port = freePort();
        log = Files.createTempFile("orderdesk-it", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("orderdesk.jar"), "serve");
        builder.environment().putAll(Map.of(
                "ENVIRONMENT", "test", "HOST", "127.0.0.1", "PORT", String.valueOf(port),
                "DATABASE_URL", TestDatabase.serverUrlNaming(database),
                "SECRET_KEY", "it-secret-key-of-at-least-32-bytes-long!", "PASSWORD_PEPPER", "it-pepper-of-at-least-32-bytes-long!!",
                "BCRYPT_COST", "15", "LOG_FORMAT", "text", "LOG_LEVEL", "DEBUG"));
        builder.environment().putAll(Map.of("SHUTDOWN_TIMEOUT", shutdownTimeoutSeconds, "SHUTDOWN_GRACE", shutdownGraceSeconds));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        process = builder.start();
        return port;
    }

    private void awaitReady(TestHttpClient client) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send("GET", "/health/ready", null, null).statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the jar never became ready; its log:\n" + readLog());
    }

    private void awaitLogLine(String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!readLog().contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("never logged '" + text + "':\n" + readLog());
            }
            Thread.sleep(50);
        }
    }

    private String readLog() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
