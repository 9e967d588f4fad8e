package dev.orderdesk.adapter.http;

import static dev.orderdesk.adapter.http.UserRoutesTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.domain.user.User;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Login, refresh, logout, bearer authentication and role checks over real HTTP. */
class AuthRoutesTest {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final String ME = "/api/v1/users/me";

    private final ApiFixture fixture = new ApiFixture();
    private final RunningApi api = fixture.api;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void logsInWithJsonAndNeverLetsTheTokensBeCached() {
        register("ada@example.org");

        HttpResponse<String> response = api.postJson(LOGIN, "{\"email\":\"ada@example.org\",\"password\":\"ada-password\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tokens = api.json(response);
        assertThat(tokens.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("access_token", "refresh_token", "token_type", "expires_in");
        assertThat(tokens.get("token_type").asText()).isEqualTo("bearer");
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(1800);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void logsInWithTheOAuth2PasswordForm() {
        register("ada@example.org");

        HttpResponse<String> response = api.send("POST", LOGIN, "application/x-www-form-urlencoded",
                "grant_type=password&username=ada%40example.org&password=ada-password");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(api.json(response).get("access_token").asText()).isNotBlank();
    }

    @Test
    void wrongPasswordAndUnknownEmailAreTheSame401WithTheBearerChallenge() {
        register("ada@example.org");

        HttpResponse<String> wrong = api.postJson(LOGIN, "{\"email\":\"ada@example.org\",\"password\":\"nope-nope\"}");
        HttpResponse<String> unknown = api.postJson(LOGIN, "{\"email\":\"who@example.org\",\"password\":\"ada-password\"}");

        JsonNode wrongError = assertError(wrong, 401, "INVALID_CREDENTIALS");
        JsonNode unknownError = assertError(unknown, 401, "INVALID_CREDENTIALS");
        assertThat(wrongError.get("message")).isEqualTo(unknownError.get("message"));
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void protectedRoutesRefuseMissingAndMalformedCredentialsWithTheChallenge() {
        HttpResponse<String> missing = api.get(ME);
        assertError(missing, 401, "NOT_AUTHENTICATED");
        assertThat(missing.headers().firstValue("WWW-Authenticate")).contains("Bearer");

        for (String header : List.of("Basic YWRhOnB3", "Bearer", "Bearer not-a-token", "token-without-scheme")) {
            HttpResponse<String> response = api.get(ME, "Authorization", header);
            assertError(response, 401, "INVALID_TOKEN");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("Bearer"));
        }
    }

    @Test
    void refreshRotatesAndReusingTheOldTokenRevokesTheFamily() {
        register("ada@example.org");
        JsonNode first = api.json(api.postJson(LOGIN, "{\"email\":\"ada@example.org\",\"password\":\"ada-password\"}"));
        String refreshBody = "{\"refresh_token\":\"" + first.get("refresh_token").asText() + "\"}";

        HttpResponse<String> rotated = api.postJson("/api/v1/auth/refresh", refreshBody);
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(rotated.headers().firstValue("Cache-Control")).contains("no-store");
        String second = api.json(rotated).get("refresh_token").asText();

        assertError(api.postJson("/api/v1/auth/refresh", refreshBody), 401, "REFRESH_TOKEN_REUSED");
        assertError(api.postJson("/api/v1/auth/refresh", "{\"refresh_token\":\"" + second + "\"}"), 401, "INVALID_TOKEN");
        assertError(api.postJson("/api/v1/auth/refresh", "{}"), 422, "VALIDATION_ERROR");
    }

    @Test
    void logoutIsIdempotentAndEndsTheSession() {
        register("ada@example.org");
        JsonNode tokens = api.json(api.postJson(LOGIN, "{\"email\":\"ada@example.org\",\"password\":\"ada-password\"}"));
        String body = "{\"refresh_token\":\"" + tokens.get("refresh_token").asText() + "\"}";

        assertThat(api.postJson("/api/v1/auth/logout", body).statusCode()).isEqualTo(204);
        assertThat(api.postJson("/api/v1/auth/logout", body).statusCode()).isEqualTo(204);
        assertError(api.postJson("/api/v1/auth/refresh", body), 401, "INVALID_TOKEN");
    }

    @Test
    void meShowsAndUpdatesTheCaller() {
        User ada = register("ada@example.org");
        String bearer = fixture.bearer(ada);

        assertThat(api.json(api.get(ME, "Authorization", bearer)).get("email").asText()).isEqualTo("ada@example.org");
        HttpResponse<String> renamed = api.send("PATCH", ME, "application/json", "{\"name\":\"Ada L.\"}",
                "Authorization", bearer);
        assertThat(api.json(renamed).get("name").asText()).isEqualTo("Ada L.");
        assertError(api.send("PATCH", ME, "application/json", "{\"password\":\"new-password\",\"current_password\":\"x\"}",
                "Authorization", bearer), 401, "INVALID_CREDENTIALS");
        assertError(api.send("PATCH", ME, "application/json", "{\"role\":\"admin\"}", "Authorization", bearer),
                422, "VALIDATION_ERROR");
    }

    @Test
    void rolesDecideWhoSeesAndChangesWhat() {
        User ada = register("ada@example.org");
        User bob = register("bob@example.org");
        User root = fixture.admin("root@example.org");
        String adaBearer = fixture.bearer(ada);

        assertError(api.get("/api/v1/users/" + bob.id().value(), "Authorization", adaBearer), 404, "USER_NOT_FOUND");
        assertError(api.get("/api/v1/users", "Authorization", adaBearer), 403, "FORBIDDEN");
        assertError(api.send("PATCH", "/api/v1/users/" + bob.id().value(), "application/json", "{\"is_active\":false}",
                "Authorization", adaBearer), 403, "FORBIDDEN");
        assertThat(api.get("/api/v1/users/" + ada.id().value(), "Authorization", adaBearer).statusCode()).isEqualTo(200);

        HttpResponse<String> deactivated = api.send("PATCH", "/api/v1/users/" + ada.id().value(), "application/json",
                "{\"is_active\":false,\"role\":\"admin\"}", "Authorization", fixture.bearer(root));
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(api.json(deactivated).get("is_active").asBoolean()).isFalse();
        assertError(api.get(ME, "Authorization", adaBearer), 401, "INVALID_TOKEN");
    }

    @Test
    void fiveFailuresLockTheAccountWithRetryAfter() {
        register("ada@example.org");
        for (int i = 0; i < 5; i++) {
            assertError(api.postJson(LOGIN, "{\"email\":\"ada@example.org\",\"password\":\"wrong-pass\"}"), 401,
                    "INVALID_CREDENTIALS");
        }

        HttpResponse<String> locked = api.postJson(LOGIN, "{\"email\":\"ada@example.org\",\"password\":\"ada-password\"}");

        assertError(locked, 429, "RATE_LIMITED");
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    }

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() {
        register("ada@example.org");

        HttpResponse<String> response = api.postJson(LOGIN,
                "{\"email\":\"ada@example.org\",\"password\":\"ada-password\"}", "X-Forwarded-For", ApiFixture.LIMITED_ADDRESS);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void forwardedForFromATrustedProxyNamesTheRealClient() {
        try (ApiFixture proxied = new ApiFixture(1024 * 1024, List.of("127.0.0.1"))) {
            HttpResponse<String> response = proxied.api.postJson(LOGIN,
                    "{\"email\":\"ada@example.org\",\"password\":\"ada-password\"}",
                    "X-Forwarded-For", ApiFixture.LIMITED_ADDRESS + ", 127.0.0.1");

            assertError(response, 429, "RATE_LIMITED");
            // The fixture's clock stands 0.12 s into a minute: the address waits 59.88 s for the next one, rounded up.
            assertThat(response.headers().firstValue("Retry-After")).contains("60");
        }
    }

    private User register(String email) {
        HttpResponse<String> response = api.postJson("/api/v1/users",
                "{\"email\":\"" + email + "\",\"name\":\"Someone\",\"password\":\"" + email.split("@")[0] + "-password\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return fixture.users.findById(dev.orderdesk.domain.user.UserId.of(api.json(response).get("id").asLong()))
                .orElseThrow();
    }
}
