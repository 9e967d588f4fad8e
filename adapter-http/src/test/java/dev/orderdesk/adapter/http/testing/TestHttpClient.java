package dev.orderdesk.adapter.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * A plain {@link HttpClient} against the API on localhost, for HTTP and end-to-end tests. Every exchange is held to
 * the OpenAPI document ({@link OpenApiContract}), so a test fails when the API and its contract drift apart.
 */
public final class TestHttpClient {

    private final IntSupplier port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public TestHttpClient(IntSupplier port) {
        this.port = port;
    }

    /** Sends a request; {@code headers} are name/value pairs. A null content type or body sends none. */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        return exchange(method, path, contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), body, headers);
    }

    /** Sends the bytes as they are, for bodies no Java string can spell (malformed UTF-8, another encoding). */
    public HttpResponse<String> sendBytes(String method, String path, String contentType, byte[] body, String... headers) {
        return exchange(method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body),
                new String(body, StandardCharsets.UTF_8), headers);
    }

    private HttpResponse<String> exchange(String method, String path, String contentType,
                                          HttpRequest.BodyPublisher publisher, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        OpenApiContract.check(method, path, contentType, body, response);
        return response;
    }

    public JsonNode json(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
