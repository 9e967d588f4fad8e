package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.http.testing.TestHttpClient;
import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The packaged jar serving as an operator starts it, on a free port against a fresh database, its output in a file;
 * for tests of what only the real process shows (signals, exit status, what reaches the log).
 */
final class PackagedJar implements AutoCloseable {

    static final String SECRET_KEY = "it-secret-key-of-at-least-32-bytes-long!";
    static final String PASSWORD_PEPPER = "it-pepper-of-at-least-32-bytes-long!!";

    private final String database = "orderdesk_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Path log;
    private final Process process;
    private final int port;
    private final TestHttpClient client;

    /** Starts {@code serve}; {@code environment} adds to or overrides the test defaults. */
    PackagedJar(Map<String, String> environment) throws IOException {
        this.port = freePort();
        this.log = Files.createTempFile("orderdesk-it", ".log");
        Map<String, String> settings = new HashMap<>(Map.of(
                "ENVIRONMENT", "test", "HOST", "127.0.0.1", "PORT", String.valueOf(port),
                "DATABASE_URL", TestDatabase.serverUrlNaming(database),
                "SECRET_KEY", SECRET_KEY, "PASSWORD_PEPPER", PASSWORD_PEPPER, "BCRYPT_COST", "4"));
        settings.putAll(environment);
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("orderdesk.jar"), "serve");
        builder.environment().putAll(settings);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        this.process = builder.start();
        this.client = new TestHttpClient(() -> port);
    }

    TestHttpClient client() {
        return client;
    }

    Process process() {
        return process;
    }

    /** Waits until {@code /health/ready} answers 200. */
    PackagedJar awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send("GET", "/health/ready", null, null).statusCode() == 200) {
                    return this;
                }
            } catch (RuntimeException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the jar never became ready; its log:\n" + log());
    }

    void awaitLogLine(String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!log().contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("never logged '" + text + "':\n" + log());
            }
            Thread.sleep(50);
        }
    }

    /**
     * Waits until a new connection is refused: the drain has begun (the log line that announces it comes a moment
     * before the connector closes).
     */
    void awaitConnectionsRefused() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                Thread.sleep(20);
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                throw new AssertionError(other);
            }
        }
        throw new AssertionError("new connections were still accepted after 30 s; the log:\n" + log());
    }

    /** Everything the process wrote so far, standard output and error together. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        TestDatabase.executeOnServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        Files.deleteIfExists(log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
