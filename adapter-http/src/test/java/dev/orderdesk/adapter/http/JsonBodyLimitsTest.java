package dev.orderdesk.adapter.http;

import static dev.orderdesk.adapter.http.UserRoutesTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.adapter.http.JsonLimits;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Hostile bodies cost bounded work: each limit stops the parser where it is exceeded, with a 400 naming the limit and
 * the place, and no answer lists more than 20 problems however many the body has.
 */
class JsonBodyLimitsTest {

    private static final String USERS = "/api/v1/users";
    private static final String VALID_USER = "\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"correct horse\"";
    private static final int TWO_MIB = 2 * 1_048_576;

    @Test
    void aHundredThousandUnknownKeysStopAtTheKeyLimitWithASmallAnswer() {
        try (ApiFixture fixture = new ApiFixture(TWO_MIB, JsonLimits.DEFAULTS)) {
            HttpResponse<String> response = fixture.api.postJson(USERS, userWithUnknownKeys(100_000));

            JsonNode detail = limitExceeded(response);
            assertThat(detail.get("field").asText()).isEqualTo("body");
            assertThat(detail.get("type").asText()).isEqualTo("max_object_keys");
            assertThat(detail.get("message").asText()).isEqualTo("must have at most 100 keys");
            assertThat(response.body().length()).isLessThan(1_000);
        }
    }

    @Test
    void withTheKeyLimitRaisedAHundredThousandUnknownKeysAreCountedButOnlyTwentyListed() {
        JsonLimits manyKeys = new JsonLimits(32, 200_000, 1_000, 10_000);
        try (ApiFixture fixture = new ApiFixture(TWO_MIB, manyKeys)) {
            HttpResponse<String> response = fixture.api.postJson(USERS, userWithUnknownKeys(100_000));

            JsonNode error = assertError(response, 422, "VALIDATION_ERROR");
            assertThat(error.get("details")).hasSize(20);
            assertThat(error.get("details").get(0).get("field").asText()).isEqualTo("k0");
            assertThat(error.get("details").get(0).get("type").asText()).isEqualTo("extra_forbidden");
            assertThat(error.get("violation_count").asLong()).isEqualTo(100_000);
            assertThat(response.body().length()).isLessThan(4_000);
            assertThat(fixture.users.countActive()).isZero();
        }
    }

    @Test
    void domainViolationsAreCappedTooAndCountedInFull() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            items.append(i == 0 ? "" : ",").append("{\"sku\":\"bad sku\",\"quantity\":0,\"unit_price\":-1}");
        }
        try (ApiFixture fixture = new ApiFixture()) {
            HttpResponse<String> response = fixture.api.send("POST", "/api/v1/orders", "application/json",
                    "{\"currency\":\"EUR\",\"items\":[" + items + "]}",
                    "Authorization", fixture.bearer(fixture.user("ada@example.org")));

            JsonNode error = assertError(response, 422, "VALIDATION_ERROR");
            assertThat(error.get("details")).hasSize(20);
            assertThat(error.get("violation_count").asLong()).isEqualTo(300);
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWhereItHappens() {
        try (ApiFixture fixture = new ApiFixture()) {
            JsonNode atLimit = assertError(fixture.api.postJson(USERS, "{" + VALID_USER + ",\"extra\":" + nested(31) + "}"),
                    422, "VALIDATION_ERROR");
            assertThat(atLimit.at("/details/0/field").asText()).isEqualTo("extra");

            JsonNode detail = limitExceeded(fixture.api.postJson(USERS, "{" + VALID_USER + ",\"extra\":" + nested(32) + "}"));
            assertThat(detail.get("type").asText()).isEqualTo("max_depth");
            assertThat(detail.get("field").asText()).startsWith("extra[0][0]");
            assertThat(limitExceeded(fixture.api.postJson(USERS, nested(100_000))).get("type").asText())
                    .isEqualTo("max_depth");
            String name = "\"" + "n".repeat(200) + "\"";
            JsonNode longNames = limitExceeded(fixture.api.postJson(USERS, (("{" + name + ":").repeat(40) + "1"
                    + "}".repeat(40))));
            assertThat(longNames.get("field").asText()).hasSize(300).endsWith("…");
        }
    }

    @Test
    void arraysLongerThanTheLimitAreRefusedNamingTheArray() {
        try (ApiFixture fixture = new ApiFixture()) {
            String bearer = fixture.bearer(fixture.user("ada@example.org"));
            JsonNode tooMany = assertError(fixture.api.send("POST", "/api/v1/orders", "application/json",
                    "{\"currency\":\"EUR\",\"items\":[" + "{},".repeat(1_000) + "{}]}", "Authorization", bearer),
                    400, "JSON_LIMIT_EXCEEDED");
            assertThat(tooMany.at("/details/0/field").asText()).isEqualTo("items");
            assertThat(tooMany.at("/details/0/type").asText()).isEqualTo("max_array_length");

            JsonNode nested = limitExceeded(fixture.api.postJson(USERS,
                    "{\"extra\":{\"list\":[" + "0,".repeat(1_000) + "0]}}"));
            assertThat(nested.get("field").asText()).isEqualTo("extra.list");
        }
    }

    @Test
    void stringsNamesAndNumbersPastTheirLimitsAreRefusedEvenInUnknownFields() {
        try (ApiFixture fixture = new ApiFixture()) {
            JsonNode string = limitExceeded(fixture.api.postJson(USERS,
                    "{\"email\":\"ada@example.org\",\"name\":\"" + "a".repeat(10_001) + "\",\"password\":\"correct horse\"}"));
            assertThat(string.get("field").asText()).isEqualTo("name");
            assertThat(string.get("type").asText()).isEqualTo("max_string_length");
            assertThat(limitExceeded(fixture.api.postJson(USERS, "{\"unknown\":\"" + "a".repeat(10_001) + "\"}"))
                    .get("type").asText()).isEqualTo("max_string_length");
            assertThat(limitExceeded(fixture.api.postJson(USERS, "{\"" + "k".repeat(257) + "\":1}"))
                    .get("type").asText()).isEqualTo("max_name_length");
            assertThat(limitExceeded(fixture.api.postJson(USERS, "{\"n\":" + "9".repeat(65) + "}"))
                    .get("type").asText()).isEqualTo("max_number_length");

            JsonNode longButAllowed = assertError(fixture.api.postJson(USERS,
                    "{\"email\":\"ada@example.org\",\"name\":\"" + "a".repeat(10_000) + "\",\"password\":\"correct horse\"}"),
                    422, "VALIDATION_ERROR");
            assertThat(longButAllowed.at("/details/0/type").asText()).isEqualTo("too_long");
        }
    }

    private static JsonNode limitExceeded(HttpResponse<String> response) {
        JsonNode error = assertError(response, 400, "JSON_LIMIT_EXCEEDED");
        assertThat(error.get("details")).hasSize(1);
        return error.get("details").get(0);
    }

    private static String userWithUnknownKeys(int count) {
        StringBuilder body = new StringBuilder("{").append(VALID_USER);
        for (int i = 0; i < count; i++) {
            body.append(",\"k").append(i).append("\":0");
        }
        return body.append('}').toString();
    }

    /** An array nested {@code depth} deep: {@code [[[…]]]}. */
    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }
}
