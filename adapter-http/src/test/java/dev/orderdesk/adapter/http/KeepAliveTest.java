package dev.orderdesk.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request body no handler reads must not cost the client its kept-alive connection. Jetty used to close such a
 * connection now and then without {@code Connection: close} when the body arrived after the headers, as it does
 * from clients that write them separately, and the client's next request on it failed.
 */
class KeepAliveTest {

    private final ApiFixture fixture = new ApiFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aBodyNoHandlerReadsLeavesTheConnectionUsable() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", fixture.api.port())) {
            socket.setTcpNoDelay(true); // headers and body leave in separate segments
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 200; i++) {
                out.write(("GET /health/live HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 2\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                out.write("\"\"".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(RawHttp.readResponse(in)).as("response %d with an unread body", i).startsWith("HTTP/1.1 200");

                out.write("GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(RawHttp.readResponse(in)).as("the next request on the connection, %d", i).startsWith("HTTP/1.1 200");
            }
        }
    }
}
