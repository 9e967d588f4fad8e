package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.testkit.time.ControllableClock;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auth flow through the whole service on PostgreSQL, with a clock the test moves instead of sleeping. */
class AuthEndToEndTest {

    @TempDir
    static Path workingDirectory;

    private static final ControllableClock CLOCK = new ControllableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private static EndToEndSupport service;

    @BeforeAll
    static void start() {
        service = new EndToEndSupport(workingDirectory, CLOCK, Map.of("ADDRESS_RATE_LIMIT_PER_MINUTE", "0"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void registerLoginMeRefreshReuseAndLogout() {
        register("flow@example.org", "flow-password");
        JsonNode login = service.json(service.send("POST", "/api/v1/auth/login",
                "{\"email\":\"flow@example.org\",\"password\":\"flow-password\"}"));
        String bearer = "Bearer " + login.get("access_token").asText();

        HttpResponse<String> me = service.send("GET", "/api/v1/users/me", null, "Authorization", bearer);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(service.json(me).get("email").asText()).isEqualTo("flow@example.org");

        String firstRefresh = refreshBody(login);
        HttpResponse<String> rotated = service.send("POST", "/api/v1/auth/refresh", firstRefresh);
        assertThat(rotated.statusCode()).isEqualTo(200);
        String secondRefresh = refreshBody(service.json(rotated));

        HttpResponse<String> reused = service.send("POST", "/api/v1/auth/refresh", firstRefresh);
        assertThat(reused.statusCode()).isEqualTo(401);
        assertThat(service.json(reused).at("/error/code").asText()).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(service.send("POST", "/api/v1/auth/refresh", secondRefresh).statusCode())
                .as("the thief's rotated token dies with the family").isEqualTo(401);

        JsonNode again = service.json(service.send("POST", "/api/v1/auth/login",
                "{\"email\":\"flow@example.org\",\"password\":\"flow-password\"}"));
        assertThat(service.send("POST", "/api/v1/auth/logout", refreshBody(again)).statusCode()).isEqualTo(204);
        assertThat(service.send("POST", "/api/v1/auth/logout", refreshBody(again)).statusCode()).isEqualTo(204);
        assertThat(service.send("POST", "/api/v1/auth/refresh", refreshBody(again)).statusCode()).isEqualTo(401);
    }

    @Test
    void adminAndUserAccessOnEveryProtectedEndpoint() {
        long userId = register("plain@example.org", "plain-password");
        long otherId = register("other@example.org", "other-password");
        String user = service.bearer("plain@example.org", "plain-password");
        String admin = service.bearer(EndToEndSupport.ADMIN_EMAIL, EndToEndSupport.ADMIN_PASSWORD);

        assertThat(status("GET", "/api/v1/users", null, user)).isEqualTo(403);
        assertThat(status("GET", "/api/v1/users", null, admin)).isEqualTo(200);
        assertThat(status("GET", "/api/v1/users/" + otherId, null, user)).isEqualTo(404);
        assertThat(status("GET", "/api/v1/users/" + otherId, null, admin)).isEqualTo(200);
        assertThat(status("GET", "/api/v1/users/" + userId, null, user)).isEqualTo(200);
        assertThat(status("PATCH", "/api/v1/users/" + otherId, "{\"name\":\"X\"}", user)).isEqualTo(403);
        assertThat(status("GET", "/api/v1/users/me", null, null)).isEqualTo(401);

        assertThat(status("PATCH", "/api/v1/users/" + userId, "{\"is_active\":false}", admin)).isEqualTo(200);
        assertThat(status("GET", "/api/v1/users/me", null, user)).as("deactivated: refused at once").isEqualTo(401);
        assertThat(service.send("POST", "/api/v1/auth/login",
                "{\"email\":\"plain@example.org\",\"password\":\"plain-password\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        register("pw@example.org", "old-password");
        JsonNode login = service.json(service.send("POST", "/api/v1/auth/login",
                "{\"email\":\"pw@example.org\",\"password\":\"old-password\"}"));
        String bearer = "Bearer " + login.get("access_token").asText();

        assertThat(status("PATCH", "/api/v1/users/me", "{\"password\":\"new-password\"}", bearer)).isEqualTo(401);
        assertThat(status("PATCH", "/api/v1/users/me",
                "{\"password\":\"new-password\",\"current_password\":\"old-password\"}", bearer)).isEqualTo(200);

        assertThat(service.send("POST", "/api/v1/auth/refresh", refreshBody(login)).statusCode()).isEqualTo(401);
        assertThat(service.bearer("pw@example.org", "new-password")).startsWith("Bearer ");
    }

    @Test
    void theLoginLockoutTripsAfterFiveFailuresAndLiftsWhenTheWindowPasses() {
        register("locked@example.org", "right-password");
        for (int i = 0; i < 5; i++) {
            assertThat(service.send("POST", "/api/v1/auth/login",
                    "{\"email\":\"locked@example.org\",\"password\":\"wrong-password\"}").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = service.send("POST", "/api/v1/auth/login",
                "{\"email\":\"locked@example.org\",\"password\":\"right-password\"}");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();

        CLOCK.advance(Duration.ofMinutes(15));
        assertThat(service.send("POST", "/api/v1/auth/login",
                "{\"email\":\"locked@example.org\",\"password\":\"right-password\"}").statusCode()).isEqualTo(200);
    }

    private static long register(String email, String password) {
        HttpResponse<String> response = service.send("POST", "/api/v1/users",
                "{\"email\":\"" + email + "\",\"name\":\"E2E\",\"password\":\"" + password + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return service.json(response).get("id").asLong();
    }

    private static int status(String method, String path, String body, String bearer) {
        return bearer == null
                ? service.send(method, path, body).statusCode()
                : service.send(method, path, body, "Authorization", bearer).statusCode();
    }

    private static String refreshBody(JsonNode tokens) {
        return "{\"refresh_token\":\"" + tokens.get("refresh_token").asText() + "\"}";
    }
}
