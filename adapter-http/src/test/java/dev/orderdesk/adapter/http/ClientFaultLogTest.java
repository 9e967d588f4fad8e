package dev.orderdesk.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A client that goes away is not the service's failure: one quiet line, no ERROR, no stack trace. */
class ClientFaultLogTest {

    private final ApiFixture fixture = new ApiFixture();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = context().getLogger("dev.orderdesk");
    private final Level ourLevel = ours.getLevel();

    @BeforeEach
    void capture() {
        log.start();
        root.addAppender(log);
        ours.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        fixture.close();
        root.detachAppender(log);
        ours.setLevel(ourLevel);
    }

    @Test
    void anUploadAbortedWithAResetIsLoggedOnceQuietly() throws Exception {
        abortUpload(true);

        assertQuietLineAbout("not received");
    }

    @Test
    void anUploadAbandonedWithAnOrderlyCloseIsLoggedOnceQuietly() throws Exception {
        abortUpload(false);

        assertQuietLineAbout("not received");
    }

    private void abortUpload(boolean reset) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", fixture.api.port())) {
            socket.setTcpNoDelay(true);
            RawHttp.send(socket, "POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"email\":");
            Thread.sleep(200); // the server is waiting for the rest of the body
            if (reset) {
                socket.setSoLinger(true, 0); // close sends RST
            }
        }
        waitFor(() -> log.list.stream().anyMatch(e -> e.getFormattedMessage().contains("not received")));
        Thread.sleep(300); // anything else the failure would log
        assertThat(fixture.api.get("/health/live").statusCode()).isEqualTo(200);
    }

    private void assertQuietLineAbout(String text) {
        List<ILoggingEvent> events = List.copyOf(log.list);
        assertThat(events).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        assertThat(events).allMatch(e -> e.getThrowableProxy() == null);
        assertThat(events).filteredOn(e -> e.getFormattedMessage().contains(text)).singleElement()
                .satisfies(e -> assertThat(e.getLevel()).isIn(Level.DEBUG, Level.INFO));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 50 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
