package dev.orderdesk.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.adapter.http.testing.OpenApiContract;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the router describe the same API: no undocumented route, no route-less path. */
class OpenApiContractTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedOperationIsRegistered() {
        try (ApiFixture fixture = new ApiFixture()) {
            HttpApi withMetrics = new HttpApi(new HttpSettings("127.0.0.1", 0, List.of(), 1024, Duration.ZERO, Duration.ofSeconds(1),
                    List.of(), false, false), fixture.core.useCases, new RequestMetrics() {
                @Override
                public void record(String method, String route, int status, Duration duration) {
                }

                @Override
                public String scrape() {
                    return "";
                }
            });

            assertThat(withMetrics.routes()).isEqualTo(documentedOperations(OpenApiDocument.load()));
        }
    }

    @Test
    void servesTheDocumentAsOpenApi31Json() {
        try (ApiFixture fixture = new ApiFixture()) {
            HttpResponse<String> response = fixture.api.get("/openapi.json");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode document = fixture.api.json(response);
            assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
            assertThat(document.at("/components/securitySchemes/bearer/flows/password/tokenUrl").asText())
                    .isEqualTo("/api/v1/auth/login");
        }
    }

    @Test
    void swaggerUiIsServedFromPackagedAssets() {
        try (ApiFixture fixture = new ApiFixture()) {
            HttpResponse<String> page = fixture.api.get("/docs");
            String bundle = page.body().replaceAll("(?s).*src=\"([^\"]*swagger-ui-bundle.js)\".*", "$1");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).startsWith("default-src 'self'"));
            assertThat(fixture.api.get(bundle).statusCode()).isEqualTo(200);
            assertThat(fixture.api.get("/docs/init.js").body()).contains("/openapi.json");
        }
    }

    @Test
    void redocIsServedFromTheVendoredBundle() {
        try (ApiFixture fixture = new ApiFixture()) {
            HttpResponse<String> page = fixture.api.get("/redoc");
            HttpResponse<String> bundle = fixture.api.get("/redoc/redoc.standalone.js");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<redoc spec-url=\"/openapi.json\">", "src=\"/redoc/redoc.standalone.js\"");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).startsWith("default-src 'self'").contains("worker-src 'self' blob:"));
            assertThat(bundle.statusCode()).isEqualTo(200);
            assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/javascript"));
            assertThat(bundle.body()).contains("ReDoc").hasSizeGreaterThan(1_000_000);
        }
    }

    @Test
    void theExchangeCheckRejectsWhatTheDocumentDoesNotAllow() {
        String user = "{\"id\":1,\"email\":\"a@example.org\",\"name\":\"A\",\"role\":\"user\",\"is_active\":true,"
                + "\"created_at\":\"2026-01-01T00:00:00Z\"}";
        OpenApiContract.check("GET", "/api/v1/users/1", null, null, response(200, user));

        assertThatThrownBy(() -> OpenApiContract.check("GET", "/api/v1/users/1", null, null,
                response(200, user.replace("\"role\":\"user\"", "\"role\":\"root\""))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("$.role");
        assertThatThrownBy(() -> OpenApiContract.check("GET", "/api/v1/users/1", null, null, response(202, user)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not documented");
        assertThatThrownBy(() -> OpenApiContract.check("GET", "/api/v1/nowhere", null, null, response(200, "{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("404");
    }

    private static HttpResponse<String> response(int status, String body) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public java.net.http.HttpRequest request() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public java.net.http.HttpHeaders headers() {
                return java.net.http.HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (a, b) -> true);
            }

            @Override
            public String body() {
                return body;
            }

            @Override
            public Optional<javax.net.ssl.SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public java.net.URI uri() {
                return java.net.URI.create("http://127.0.0.1/");
            }

            @Override
            public java.net.http.HttpClient.Version version() {
                return java.net.http.HttpClient.Version.HTTP_1_1;
            }
        };
    }

    private static Set<String> documentedOperations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (HTTP_METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return operations;
    }
}
