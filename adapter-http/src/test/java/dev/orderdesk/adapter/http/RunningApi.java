package dev.orderdesk.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.adapter.http.testing.TestHttpClient;
import dev.orderdesk.application.UseCases;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The HTTP API on a random port with the given use cases, and a plain client to call it over real HTTP. */
final class RunningApi implements AutoCloseable {

    static final List<String> ORIGINS = List.of("https://app.example.org");

    private final HttpApi api;
    private final TestHttpClient client;

    RunningApi(UseCases useCases, long maxBodyBytes, List<String> trustedProxies) {
        this(useCases, settings(maxBodyBytes, trustedProxies), null);
    }

    RunningApi(UseCases useCases, long maxBodyBytes, List<String> trustedProxies, JsonLimits jsonLimits) {
        this(useCases, settings(maxBodyBytes, trustedProxies).withJsonLimits(jsonLimits), null);
    }

    /** With the given settings and, unless null, at most {@code maxThreads} request threads. */
    RunningApi(UseCases useCases, HttpSettings settings, Integer maxThreads) {
        this.api = new HttpApi(settings, useCases, RequestMetrics.NONE, maxThreads).start();
        this.client = new TestHttpClient(api::port);
    }

    static HttpSettings settings(long maxBodyBytes, List<String> trustedProxies) {
        return new HttpSettings("127.0.0.1", 0, ORIGINS, maxBodyBytes, Duration.ZERO, Duration.ofSeconds(2),
                trustedProxies, true, true);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        return client.send(method, path, contentType, body, headers);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    HttpResponse<String> postJson(String path, String body, String... headers) {
        return send("POST", path, "application/json", body, headers);
    }

    HttpResponse<String> postBytes(String path, byte[] body) {
        return client.sendBytes("POST", path, "application/json", body);
    }

    int port() {
        return api.port();
    }

    JsonNode json(HttpResponse<String> response) {
        return client.json(response);
    }

    /** Stops the server the way shutdown does, for tests of what happens while draining. */
    void stop() {
        api.stop();
    }

    @Override
    public void close() {
        api.stop();
    }
}
