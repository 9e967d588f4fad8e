package dev.orderdesk.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore;
import dev.orderdesk.application.policy.PolicySettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Slow and idle clients cost memory, not request threads: bodies are awaited without a thread and bounded in time
 * and rate, connections in number and in how long their headers may take.
 */
class SlowClientsTest {

    private static final int THREADS = 16;
    private static final String UPLOAD_HEAD = "POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n";

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void aBodyTrickledSlowerThanTheMinimumRateIsAnswered408WithinTheTimeout() throws Exception {
        RunningApi api = api(new ClientLimits(100, Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(3), 100, 8_192));
        Socket socket = socket(api);
        RawHttp.send(socket, UPLOAD_HEAD);
        long started = System.nanoTime();
        Thread trickle = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    RawHttp.send(socket, " ");
                    Thread.sleep(500); // 2 bytes a second, the minimum is 100
                }
            } catch (IOException | InterruptedException closed) {
                // the server gave up on us, as it should
            }
        });
        trickle.start();

        String response = RawHttp.readResponse(socket.getInputStream());
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response).satisfiesAnyOf(
                r -> assertThat(r).startsWith("HTTP/1.1 408").contains("\"code\":\"REQUEST_TIMEOUT\""),
                r -> assertThat(r).startsWith("connection closed"));
        assertThat(elapsedMillis).isLessThan(3_000); // the rate caught it before the 3 s body timeout
        trickle.interrupt();
    }

    @Test
    void aBodyThatStallsIsAnswered408AtTheBodyTimeoutEvenWithoutARate() throws Exception {
        RunningApi api = api(new ClientLimits(100, Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(1), 0, 8_192));
        Socket socket = socket(api);
        RawHttp.send(socket, UPLOAD_HEAD + "{\"email\":");
        long started = System.nanoTime();

        String response = RawHttp.readResponse(socket.getInputStream());

        assertThat(response).startsWith("HTTP/1.1 408").contains("Connection: close");
        assertThat((System.nanoTime() - started) / 1_000_000).isBetween(900L, 3_000L);
    }

    @Test
    void moreSlowUploadersThanRequestThreadsDoNotDelayOtherClients() throws Exception {
        RunningApi api = api(new ClientLimits(1_000, Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(20), 0, 8_192));
        assertThat(api.get("/health/live").statusCode()).as("warm-up: classes loaded, client connected").isEqualTo(200);
        List<Socket> uploaders = new ArrayList<>();
        for (int i = 0; i < 3 * THREADS; i++) {
            Socket uploader = socket(api);
            RawHttp.send(uploader, UPLOAD_HEAD + "{");
            uploaders.add(uploader);
        }
        Thread.sleep(2_000); // every upload has reached the server (and, without the fix, taken a thread) and waits

        for (int i = 0; i < 50; i++) {
            long started = System.nanoTime();
            assertThat(api.get("/health/live").statusCode()).isEqualTo(200);
            assertThat((System.nanoTime() - started) / 1_000_000).as("GET %d beside %d slow uploads", i, uploaders.size())
                    .isLessThan(500);
        }
        for (Socket uploader : uploaders) {
            uploader.setSoTimeout(50);
            assertThat(stillWaiting(uploader.getInputStream())).as("the upload is still held open").isTrue();
        }
    }

    @Test
    void aChunkedBodyGrowingPastTheMaximumIsAnswered413() throws Exception {
        RunningApi api = api(ClientLimits.DEFAULTS);
        Socket socket = socket(api);
        String chunk = "x".repeat(1_000);
        RawHttp.send(socket, "POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + ("3e8\r\n" + chunk + "\r\n").repeat(2));

        assertThat(RawHttp.readResponse(socket.getInputStream())).startsWith("HTTP/1.1 413")
                .contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void aConnectionThatNeverFinishesItsHeadersIsClosedAtTheHeaderTimeout() throws Exception {
        RunningApi api = api(new ClientLimits(100, Duration.ofSeconds(30), Duration.ofMillis(500),
                Duration.ofSeconds(30), 0, 8_192));
        Socket trickler = socket(api);
        RawHttp.send(trickler, "GET /health/live HTTP/1.1\r\nHost: local");
        Socket silent = socket(api);
        long started = System.nanoTime();

        assertThat(trickler.getInputStream().read()).isEqualTo(-1);
        assertThat(silent.getInputStream().read()).isEqualTo(-1);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_000);
        assertThat(api.get("/health/live").statusCode()).as("a prompt client is served").isEqualTo(200);
    }

    @Test
    void connectionsBeyondTheCapAreRefusedWith503AndClosed() throws Exception {
        RunningApi api = api(new ClientLimits(4, Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(30), 0, 8_192));
        for (int i = 0; i < 4; i++) {
            socket(api);
        }
        Thread.sleep(200);
        Socket beyond = socket(api);
        RawHttp.send(beyond, "GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(RawHttp.readResponse(beyond.getInputStream())).startsWith("HTTP/1.1 503")
                .contains("Connection: close").contains("Retry-After: 1").contains("\"code\":\"SERVER_BUSY\"");
    }

    private RunningApi api(ClientLimits limits) {
        InMemoryCore core = new InMemoryCore(Instant.parse("2026-05-01T08:00:00Z"), (address, start, window) -> 1,
                PolicySettings.DEFAULTS);
        RunningApi api = new RunningApi(core.useCases,
                RunningApi.settings(1_024, List.of()).withClientLimits(limits), THREADS);
        open.add(api);
        return api;
    }

    private Socket socket(RunningApi api) throws IOException {
        Socket socket = new Socket("127.0.0.1", api.port());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        open.add(socket);
        return socket;
    }

    private static boolean stillWaiting(InputStream in) throws IOException {
        try {
            in.read();
            return false; // answered or closed
        } catch (SocketTimeoutException nothingYet) {
            return true;
        }
    }
}
