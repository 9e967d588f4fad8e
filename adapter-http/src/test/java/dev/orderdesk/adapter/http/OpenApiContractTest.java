package dev.orderdesk.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the router describe the same API: no undocumented route, no route-less path. */
class OpenApiContractTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedOperationIsRegistered() {
        try (ApiFixture fixture = new ApiFixture()) {
            HttpApi withMetrics = new HttpApi(new HttpSettings("127.0.0.1", 0, List.of(), 1024, Duration.ofSeconds(1),
                    List.of(), false, false), fixture.userUseCases, fixture.authUseCases, fixture.orderUseCases,
                    RunningApi.alwaysReady(), new RequestMetrics() {
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
