package dev.orderdesk.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderdesk.application.port.out.UserRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user routes over real HTTP, with the real services on in-memory fakes behind them (see {@link ApiFixture}). */
class UserRoutesTest {

    private static final String USERS = "/api/v1/users";
    private final ApiFixture fixture = new ApiFixture();
    private final RunningApi api = fixture.api;
    private final UserRepository users = fixture.users;
    private final String admin = fixture.bearer(fixture.admin("root@example.org"));

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void registersAUserAndAnswersCreatedWithLocationAndNoPassword() {
        HttpResponse<String> response = api.postJson(USERS,
                "{\"email\":\" Ada@Example.org \",\"name\":\" Ada \",\"password\":\"correct horse\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = api.json(response);
        assertThat(response.headers().firstValue("Location")).contains(USERS + "/" + body.get("id").asLong());
        assertThat(body.get("email").asText()).isEqualTo("ada@example.org");
        assertThat(body.get("name").asText()).isEqualTo("Ada");
        assertThat(body.get("role").asText()).isEqualTo("user");
        assertThat(body.get("is_active").asBoolean()).isTrue();
        assertThat(body.get("created_at").asText()).isEqualTo("2026-05-01T08:00:00.123456Z");
        assertThat(body.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("id", "email", "name", "role", "is_active", "created_at");
        assertThat(response.body()).doesNotContain("correct horse").doesNotContain("hashed");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }

    @Test
    void rejectsSecondRegistrationWithSameEmailInOtherCase() {
        api.postJson(USERS, "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"correct horse\"}");

        HttpResponse<String> response = api.postJson(USERS,
                "{\"email\":\"ADA@example.org\",\"name\":\"Ada\",\"password\":\"correct horse\"}");

        assertError(response, 409, "EMAIL_TAKEN");
    }

    @Test
    void listsEveryInvalidFieldAtOnceIncludingUnknownAndWronglyTypedOnes() {
        HttpResponse<String> response = api.postJson(USERS,
                "{\"email\":\"not-an-email\",\"name\":123,\"password\":\"short\",\"role\":\"admin\"}");

        JsonNode error = assertError(response, 422, "VALIDATION_ERROR");
        assertThat(error.get("details")).extracting(d -> d.get("field").asText() + ":" + d.get("type").asText())
                .containsExactlyInAnyOrder("name:invalid_type", "role:extra_forbidden",
                        "email:invalid_format", "password:too_short");
        assertThat(response.body()).doesNotContain("not-an-email");
        assertThat(users.countActive()).isEqualTo(1);
    }

    @Test
    void reportsMissingFieldsAndNulCharacters() {
        JsonNode error = assertError(api.postJson(USERS, "{\"email\":\"ada@example.org\",\"name\":\"A\\u0000da\"}"),
                422, "VALIDATION_ERROR");

        assertThat(error.get("details")).extracting(d -> d.get("field").asText() + ":" + d.get("type").asText())
                .containsExactlyInAnyOrder("name:invalid_character", "password:missing");
    }

    @Test
    void answersMalformedJsonWith400AndNeverEchoesTheBody() {
        for (String malformed : List.of("{\"email\":\"ada@example.org\",\"password\":\"hunter2hunter2\"",
                "{\"password\":\"hunter2hunter2\",\"password\":\"x\"}",
                "{\"password\":\"hunter2hunter2\"} trailing",
                "")) {
            HttpResponse<String> response = api.postJson(USERS, malformed);
            assertError(response, 400, "MALFORMED_JSON");
            assertThat(response.body()).doesNotContain("hunter2");
        }
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        assertError(api.postJson(USERS, "[1,2]"), 422, "VALIDATION_ERROR");
    }

    @Test
    void refusesNonJsonContentTypesEvenWhenTheBodyIsJson() {
        String body = "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"correct horse\"}";

        assertError(api.send("POST", USERS, "text/plain", body), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertError(api.send("POST", USERS, null, body), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(api.send("POST", USERS, "application/json; charset=utf-8", body).statusCode()).isEqualTo(201);
    }

    @Test
    void getsAUserAndAnswers404ForAMissingOne() {
        long id = api.json(api.postJson(USERS,
                "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"correct horse\"}")).get("id").asLong();

        HttpResponse<String> found = api.get(USERS + "/" + id, "Authorization", admin);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(api.json(found).get("email").asText()).isEqualTo("ada@example.org");
        assertError(api.get(USERS + "/" + (id + 10), "Authorization", admin), 404, "USER_NOT_FOUND");
    }

    @Test
    void rejectsNonNumericZeroAndOutOfRangeIdsWith422() {
        for (String id : List.of("abc", "0", "-5", "99999999999999999999", "1.5")) {
            JsonNode error = assertError(api.get(USERS + "/" + id, "Authorization", admin), 422, "VALIDATION_ERROR");
            assertThat(error.get("details").get(0).get("field").asText()).isEqualTo("id");
        }
    }

    @Test
    void listsNewestFirstWithTotalCountAndTreatsTheTrailingSlashTheSame() {
        for (String name : List.of("a", "b", "c")) {
            api.postJson(USERS, "{\"email\":\"" + name + "@example.org\",\"name\":\"" + name + "\",\"password\":\"correct horse\"}");
        }

        HttpResponse<String> page = api.get(USERS + "?offset=1&limit=1", "Authorization", admin);
        HttpResponse<String> slash = api.get(USERS + "/?offset=1&limit=1", "Authorization", admin);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Total-Count")).contains("4");
        assertThat(api.json(page)).hasSize(1);
        assertThat(slash.statusCode()).isEqualTo(200);
        assertThat(slash.body()).isEqualTo(page.body());
        assertThat(api.json(api.get(USERS, "Authorization", admin))).extracting(u -> u.get("name").asText())
                .containsExactly("c", "b", "a", "Admin");
    }

    @Test
    void rejectsBadPagingParametersListingEach() {
        JsonNode error = assertError(api.get(USERS + "?offset=-1&limit=1001", "Authorization", admin), 422,
                "VALIDATION_ERROR");
        assertThat(error.get("details")).extracting(d -> d.get("field").asText()).containsExactly("offset", "limit");

        assertError(api.get(USERS + "?limit=abc", "Authorization", admin), 422, "VALIDATION_ERROR");
        assertError(api.get(USERS + "?limit=0", "Authorization", admin), 422, "VALIDATION_ERROR");
    }

    static JsonNode assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = readTree(response);
        assertThat(body.fieldNames()).toIterable().containsExactly("error");
        JsonNode error = body.get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("request_id").asText())
                .isEqualTo(response.headers().firstValue("X-Request-ID").orElseThrow());
        return error;
    }

    private static JsonNode readTree(HttpResponse<String> response) {
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
