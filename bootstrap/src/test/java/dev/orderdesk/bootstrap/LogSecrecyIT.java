package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderdesk.adapter.http.testing.TestHttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar at TRACE, where libraries log the most (the PostgreSQL driver logs every bound parameter there):
 * a registration, login, refresh, password change and logout leave no password, password hash, access or refresh
 * token and no {@code Authorization} value anywhere in the output, and what clients send cannot forge a log line.
 */
class LogSecrecyIT {

    private static final String PASSWORD = "first-Secret-pw-1";
    private static final String NEW_PASSWORD = "second-Secret-pw-2";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void nothingSecretReachesTheLogAtTraceAndNoClientCanForgeALine(String format) throws Exception {
        try (PackagedJar jar = new PackagedJar(Map.of("LOG_LEVEL", "TRACE", "LOG_FORMAT", format))) {
            TestHttpClient client = jar.awaitReady().client();

            send(client, "POST", "/api/v1/users", null,
                    "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"" + PASSWORD + "\"}", 201);
            JsonNode login = json(send(client, "POST", "/api/v1/auth/login", null,
                    "{\"email\":\"ada@example.org\",\"password\":\"" + PASSWORD + "\"}", 200));
            String access = login.get("access_token").asText();
            String refresh = login.get("refresh_token").asText();
            JsonNode rotated = json(send(client, "POST", "/api/v1/auth/refresh", null,
                    "{\"refresh_token\":\"" + refresh + "\"}", 200));
            String rotatedAccess = rotated.get("access_token").asText();
            String rotatedRefresh = rotated.get("refresh_token").asText();
            send(client, "PATCH", "/api/v1/users/me", rotatedAccess, "{\"current_password\":\"" + PASSWORD
                    + "\",\"password\":\"" + NEW_PASSWORD + "\"}", 200);
            JsonNode again = json(send(client, "POST", "/api/v1/auth/login", null,
                    "{\"email\":\"ada@example.org\",\"password\":\"" + NEW_PASSWORD + "\"}", 200));
            send(client, "POST", "/api/v1/auth/logout", null,
                    "{\"refresh_token\":\"" + again.get("refresh_token").asText() + "\"}", 204);
            // Forgery attempts: line breaks and terminal escapes in the path and in a body field.
            client.send("GET", "/api/v1/users/%0d%0a2026-01-01T00:00:00Z%20ERROR%20forged%1b%5b31m", null, null);
            client.send("POST", "/api/v1/auth/login", "application/json",
                    "{\"email\":\"x\\r\\n2026-01-01 ERROR forged\\u001b[31m@example.org\",\"password\":\"p\"}");

            String log = jar.log();
            List<String> secrets = List.of(PASSWORD, NEW_PASSWORD, access, refresh, rotatedAccess, rotatedRefresh,
                    again.get("access_token").asText(), again.get("refresh_token").asText(), "Bearer ");
            assertThat(log).as("the log is at TRACE").contains("TRACE");
            assertThat(log).as("the driver's bound parameters were logged, and masked").contains(LogRedaction.MASK);
            for (String secret : secrets) {
                assertThat(log).as("the log holds a secret").doesNotContain(secret);
            }
            assertThat(log).as("no bcrypt hash").doesNotContainPattern("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");
            assertThat(log).as("no terminal escape").doesNotContain("\u001b");
            for (String line : log.split("\n")) {
                assertThat(line).as("no line is forged").doesNotStartWith("2026-01-01");
                if ("json".equals(format)) {
                    assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
                }
            }
        }
    }

    private static HttpResponse<String> send(TestHttpClient client, String method, String path, String bearer,
                                             String body, int expected) {
        HttpResponse<String> response = bearer == null
                ? client.send(method, path, "application/json", body)
                : client.send(method, path, "application/json", body, "Authorization", "Bearer " + bearer);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
