package dev.orderdesk.adapter.http;

import static dev.orderdesk.adapter.http.UserRoutesTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every 422 names the exact field, nested ones by their path, and every body reports its missing fields. */
class JsonBodyFieldsTest {

    private final ApiFixture fixture = new ApiFixture();
    private final RunningApi api = fixture.api;
    private final String bearer = fixture.bearer(fixture.user("ada@example.org"));

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void wronglyTypedAndUnknownLineFieldsAreNamedByTheirPath() {
        JsonNode error = assertError(order("{\"currency\":\"EUR\",\"items\":[{\"sku\":\"A-1\",\"quantity\":\"two\",\"unit_price\":1},"
                + "5,{\"sku\":\"B-2\",\"quantity\":1,\"unit_price\":1.5,\"colour\":\"red\"}]}"), 422, "VALIDATION_ERROR");

        assertThat(fields(error)).containsExactlyInAnyOrder("items[0].quantity:invalid_type", "items[1]:invalid_type",
                "items[2].unit_price:invalid_type", "items[2].colour:extra_forbidden");
        assertThat(error.at("/details/0/message").asText()).isEqualTo("must be an integer");
    }

    @Test
    void missingFieldsOfAnOrderAndOfItsLinesAreEachListed() {
        assertThat(fields(assertError(order("{}"), 422, "VALIDATION_ERROR")))
                .containsExactlyInAnyOrder("currency:missing", "items:missing");
        assertThat(fields(assertError(order("{\"currency\":\"EUR\",\"items\":[{}]}"), 422, "VALIDATION_ERROR")))
                .containsExactlyInAnyOrder("items[0].sku:missing", "items[0].quantity:missing", "items[0].unit_price:missing");
    }

    @Test
    void loginListsItsMissingFieldsInsteadOfAnswering401() {
        assertThat(fields(assertError(api.postJson("/api/v1/auth/login", "{}"), 422, "VALIDATION_ERROR")))
                .containsExactlyInAnyOrder("email:missing", "password:missing");
        assertThat(fields(assertError(api.postJson("/api/v1/auth/login", "{\"email\":\"ada@example.org\",\"password\":null}"),
                422, "VALIDATION_ERROR"))).containsExactly("password:missing");
        assertThat(fields(assertError(api.send("POST", "/api/v1/auth/login", "application/x-www-form-urlencoded",
                "grant_type=password&password=x"), 422, "VALIDATION_ERROR"))).containsExactly("username:missing");
        assertError(api.postJson("/api/v1/auth/login", "{\"email\":\"\",\"password\":\"\"}"), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void everyOtherBodyListsItsMissingFields() {
        assertThat(fields(assertError(api.postJson("/api/v1/users", "{}"), 422, "VALIDATION_ERROR")))
                .containsExactlyInAnyOrder("email:missing", "name:missing", "password:missing");
        assertThat(fields(assertError(api.postJson("/api/v1/auth/refresh", "{}"), 422, "VALIDATION_ERROR")))
                .containsExactly("refresh_token:missing");
        assertThat(fields(assertError(api.postJson("/api/v1/auth/logout", "{\"refresh_token\":null}"), 422,
                "VALIDATION_ERROR"))).containsExactly("refresh_token:missing");
    }

    @Test
    void aNonIntegerForAnIntegerIsOneViolationNotAlsoAMissingOne() {
        JsonNode error = assertError(order("{\"currency\":\"EUR\",\"items\":[{\"sku\":\"A\",\"quantity\":99999999999,"
                + "\"unit_price\":99999999999999999999}]}"), 422, "VALIDATION_ERROR");

        assertThat(fields(error)).containsExactlyInAnyOrder("items[0].quantity:invalid_type", "items[0].unit_price:invalid_type");
        assertThat(error.get("violation_count").asInt()).isEqualTo(2);
    }

    private HttpResponse<String> order(String body) {
        return api.send("POST", "/api/v1/orders", "application/json", body, "Authorization", bearer);
    }

    private static java.util.List<String> fields(JsonNode error) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        error.get("details").forEach(d -> fields.add(d.get("field").asText() + ":" + d.get("type").asText()));
        return fields;
    }
}
