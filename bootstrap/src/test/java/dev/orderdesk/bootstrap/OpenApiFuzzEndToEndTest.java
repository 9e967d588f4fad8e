package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.adapter.http.OpenApiDocument;
import dev.orderdesk.bootstrap.FuzzRequests.Actors;
import dev.orderdesk.bootstrap.FuzzRequests.Operation;
import dev.orderdesk.bootstrap.FuzzRequests.Request;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the whole service from its OpenAPI document: valid and broken requests to every operation (hostile bodies,
 * method overrides, odd paths, queries, content types and tokens among them), each answer held to the document (by
 * the test client), none allowed to be a 5xx or an error without the envelope, and nothing logged at ERROR or
 * with a stack trace. The seed and count are fixed so a failure
 * replays; {@code -Dorderdesk.fuzz.seed=… -Dorderdesk.fuzz.count=…} runs another or a longer campaign by hand.
 */
class OpenApiFuzzEndToEndTest {

    private static final long SEED = Long.getLong("orderdesk.fuzz.seed", 20_261_124L);
    private static final int COUNT = Integer.getInteger("orderdesk.fuzz.count", 10_000);
    private static final String EMAIL = "fuzz-actor@example.org";
    private static final String PASSWORD = "fuzz-actor-password";

    @TempDir
    Path workingDirectory;

    @Test
    void noGeneratedRequestGetsA5xxOrAnAnswerTheDocumentDoesNotAllow() {
        // The per-address limit is off: every request comes from one address, and 429s would hide the endpoints.
        try (EndToEndSupport service = new EndToEndSupport(workingDirectory, Clock.systemUTC(),
                Map.of("ADDRESS_RATE_LIMIT_PER_MINUTE", "0"));
             CapturedLog log = new CapturedLog()) {
            service.send("POST", "/api/v1/users",
                    "{\"email\":\"" + EMAIL + "\",\"name\":\"Fuzz\",\"password\":\"" + PASSWORD + "\"}");
            String user = service.bearer(EMAIL, PASSWORD);
            Actors actors = new Actors(user, EMAIL, PASSWORD,
                    service.bearer(EndToEndSupport.ADMIN_EMAIL, EndToEndSupport.ADMIN_PASSWORD),
                    new ForgedTokens(EndToEndSupport.SECRET_KEY, user));
            FuzzRequests requests = new FuzzRequests(OpenApiDocument.load(), new Random(SEED), actors);

            Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            String previous = "none";
            for (int i = 0; i < COUNT; i++) {
                Request request = requests.next();
                String sent = describe(i, request);
                try {
                    HttpResponse<String> response = service.sendRaw(request.method(), request.path(),
                            request.contentType(), request.body(), request.headers().toArray(String[]::new));
                    statuses.computeIfAbsent(request.target(), name -> new TreeMap<>())
                            .merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() >= 500) {
                        failures.add(sent + " → " + response.statusCode() + " " + abbreviate(response.body()));
                    } else if (response.statusCode() >= 400 && !hasEnvelope(service, response)) {
                        failures.add(sent + " → " + response.statusCode() + " without the envelope: "
                                + abbreviate(response.body()));
                    }
                    requests.learn(request, json(service, response));
                } catch (AssertionError | RuntimeException e) {
                    // The previous request matters when it left the connection in a bad state.
                    failures.add(sent + " → " + abbreviate(e.toString()) + "; previous request: " + previous);
                }
                previous = sent;
            }
            System.out.printf("OpenAPI fuzz: %d requests, seed %d, statuses by operation %s%n", COUNT, SEED, statuses);

            assertThat(failures).as("requests answered wrongly (seed %d)", SEED).isEmpty();
            assertThat(log.errorsAndStackTraces()).as("client input logged as a fault of the service (seed %d)", SEED)
                    .isEmpty();
            for (Operation operation : requests.operations()) {
                assertThat(statuses.getOrDefault(operation.name(), Map.of()).keySet())
                        .as("some generated request to %s succeeded: %s", operation.name(), statuses.get(operation.name()))
                        .anyMatch(status -> status / 100 == 2);
            }
            assertThat(service.send("GET", "/health/ready", null).statusCode()).isEqualTo(200);
        }
    }

    private static boolean hasEnvelope(EndToEndSupport service, HttpResponse<String> response) {
        JsonNode body = json(service, response);
        return body != null && body.at("/error/code").isTextual() && body.at("/error/status").asInt() == response.statusCode();
    }

    private static JsonNode json(EndToEndSupport service, HttpResponse<String> response) {
        boolean isJson = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        return isJson && !response.body().isEmpty() ? service.json(response) : null;
    }

    private static String describe(int index, Request request) {
        String body = request.body() == null ? "" : request.body();
        return "#" + index + " " + request.method() + " " + abbreviate(request.path()) + " [" + request.contentType()
                + "] " + abbreviate(body) + " " + request.headers().stream().map(OpenApiFuzzEndToEndTest::abbreviate).toList();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }
}
