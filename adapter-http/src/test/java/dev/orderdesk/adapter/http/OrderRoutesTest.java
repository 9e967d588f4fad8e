package dev.orderdesk.adapter.http;

import static dev.orderdesk.adapter.http.UserRoutesTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.domain.user.User;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Orders over real HTTP, with the real services on in-memory fakes behind them. */
class OrderRoutesTest {

    private static final String ORDERS = "/api/v1/orders";
    private static final String BODY = "{\"currency\":\"EUR\",\"items\":[{\"sku\":\"A-1\",\"quantity\":2,\"unit_price\":150},"
            + "{\"sku\":\"B-2\",\"quantity\":1,\"unit_price\":99}]}";

    private final ApiFixture fixture = new ApiFixture();
    private final RunningApi api = fixture.api;
    private final User adaAccount = fixture.user("ada@example.org");
    private final User rootAccount = fixture.admin("root@example.org");
    private final String ada = fixture.bearer(adaAccount);
    private final String bob = fixture.bearer(fixture.user("bob@example.org"));
    private final String admin = fixture.bearer(rootAccount);

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void createsAnOrderWithComputedTotals() {
        HttpResponse<String> created = create(ada, BODY);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode order = api.json(created);
        assertThat(created.headers().firstValue("Location")).contains(ORDERS + "/" + order.get("id").asLong());
        assertThat(order.get("status").asText()).isEqualTo("pending");
        assertThat(order.get("total").asLong()).isEqualTo(399);
        assertThat(order.at("/items/0/line_total").asLong()).isEqualTo(300);
        assertThat(order.get("version").asLong()).isZero();
        assertThat(order.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "user_id", "status", "currency",
                "items", "total", "version", "created_at", "updated_at", "placed_by");
        assertThat(order.at("/placed_by/kind").asText()).isEqualTo("owner");
        assertThat(order.at("/placed_by/user_id").asLong()).isEqualTo(adaAccount.id().value());
    }

    @Test
    void anAdminPlacesAnOrderForAUserWhoSeesItAsTheirsWithWhoPlacedIt() {
        HttpResponse<String> placed = placeFor(adaAccount.id().value(), admin, BODY);

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode order = api.json(placed);
        long id = order.get("id").asLong();
        assertThat(placed.headers().firstValue("Location")).contains(ORDERS + "/" + id);
        assertThat(order.get("user_id").asLong()).isEqualTo(adaAccount.id().value());
        assertThat(order.get("total").asLong()).isEqualTo(399);
        assertThat(order.at("/placed_by/kind").asText()).isEqualTo("admin");
        assertThat(order.at("/placed_by/user_id").asLong()).isEqualTo(rootAccount.id().value());
        assertThat(api.json(get(ORDERS + "/" + id, ada)).get("placed_by")).isEqualTo(order.get("placed_by"));
        assertThat(api.json(get("/api/v2/orders", ada)).at("/items/0/placed_by/kind").asText()).isEqualTo("admin");
        assertThat(api.json(get(ORDERS, ada)).at("/0/placed_by/kind").asText()).isEqualTo("admin");
    }

    @Test
    void onlyAdminsPlaceOrdersForOthersAndOnlyForActiveUsers() {
        assertError(placeFor(adaAccount.id().value(), bob, BODY), 403, "FORBIDDEN");
        assertError(placeFor(adaAccount.id().value(), ada, BODY), 403, "FORBIDDEN");
        assertError(placeFor(424242, admin, BODY), 404, "USER_NOT_FOUND");
        assertError(api.send("POST", "/api/v1/users/" + adaAccount.id().value() + "/orders", "application/json", BODY),
                401, "NOT_AUTHENTICATED");
        JsonNode invalid = assertError(placeFor(adaAccount.id().value(), admin,
                "{\"currency\":\"XYZ\",\"items\":[{\"sku\":\"bad sku\",\"quantity\":1,\"unit_price\":1}]}"),
                422, "VALIDATION_ERROR");
        assertThat(invalid.get("details")).extracting(d -> d.get("field").asText())
                .containsExactlyInAnyOrder("currency", "items[0].sku");
        assertThat(api.json(get(ORDERS, admin))).isEmpty();
    }

    @Test
    void placingForAUserIsIdempotentPerOwnerAndNeverReplaysTheOwnersOwnOrder() {
        long owner = adaAccount.id().value();
        HttpResponse<String> first = placeFor(owner, admin, BODY, "Idempotency-Key", "phone-1");
        HttpResponse<String> retry = placeFor(owner, admin, BODY, "Idempotency-Key", "phone-1");

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertError(placeFor(owner, admin, BODY.replace("\"quantity\":2", "\"quantity\":3"), "Idempotency-Key",
                "phone-1"), 422, "IDEMPOTENCY_KEY_REUSED");
        create(ada, BODY, "Idempotency-Key", "own-1");
        assertError(placeFor(owner, admin, BODY, "Idempotency-Key", "own-1"), 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(get(ORDERS, ada).headers().firstValue("X-Total-Count")).contains("2");
    }

    @Test
    void listsEveryInvalidLineFieldWithItsPath() {
        JsonNode error = assertError(create(ada, "{\"currency\":\"XYZ\",\"items\":[{\"sku\":\"bad sku\",\"quantity\":0,"
                + "\"unit_price\":-1},{\"sku\":\"ok\",\"quantity\":1}]}"), 422, "VALIDATION_ERROR");

        assertThat(error.get("details")).extracting(d -> d.get("field").asText()).containsExactlyInAnyOrder(
                "currency", "items[0].sku", "items[0].quantity", "items[0].unit_price", "items[1].unit_price");
        assertError(create(ada, "{\"currency\":\"EUR\",\"items\":[]}"), 422, "VALIDATION_ERROR");
        assertError(create(ada, "{\"currency\":\"EUR\",\"items\":[{\"sku\":\"A\",\"quantity\":1.5,\"unit_price\":1}]}"),
                422, "VALIDATION_ERROR");
    }

    @Test
    void anIdempotentRetryReplaysAndAReusedKeyIsRefused() {
        HttpResponse<String> first = create(ada, BODY, "Idempotency-Key", "k-1");
        HttpResponse<String> retry = create(ada, BODY, "Idempotency-Key", "k-1");

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertError(create(ada, BODY.replace("\"quantity\":2", "\"quantity\":3"), "Idempotency-Key", "k-1"), 422,
                "IDEMPOTENCY_KEY_REUSED");
        assertError(create(ada, BODY, "Idempotency-Key", "x".repeat(256)), 422, "VALIDATION_ERROR");
    }

    @Test
    void errorMessagesKeepTheirHttpWordingWhileTheCoreSpeaksNeutrally() {
        create(ada, BODY, "Idempotency-Key", "k-2");

        assertThat(assertError(create(ada, BODY.replace("\"quantity\":2", "\"quantity\":3"), "Idempotency-Key", "k-2"),
                422, "IDEMPOTENCY_KEY_REUSED").get("message").asText())
                .isEqualTo("This Idempotency-Key was already used with a different request body");
        // A domain value's violation (no transport problem beside it) reads like a transport one.
        assertThat(assertError(create(ada, BODY.replace("\"EUR\"", "\"XYZ\"")), 422, "VALIDATION_ERROR")
                .get("message").asText()).isEqualTo("Request validation failed");
    }

    @Test
    void ownersAndAdminsSeeAnOrderAndRolesDecideItsMoves() {
        long id = api.json(create(ada, BODY)).get("id").asLong();

        assertThat(get(ORDERS + "/" + id, ada).statusCode()).isEqualTo(200);
        assertThat(get(ORDERS + "/" + id, admin).statusCode()).isEqualTo(200);
        assertError(get(ORDERS + "/" + id, bob), 404, "ORDER_NOT_FOUND");
        assertError(post(ORDERS + "/" + id + "/ship", ada), 403, "FORBIDDEN");
        assertThat(api.json(post(ORDERS + "/" + id + "/pay", ada)).get("status").asText()).isEqualTo("paid");
        assertError(post(ORDERS + "/" + id + "/pay", ada), 409, "INVALID_ORDER_TRANSITION");
        assertThat(api.json(post(ORDERS + "/" + id + "/ship", admin)).get("version").asLong()).isEqualTo(2);
        assertError(post(ORDERS + "/" + id + "/cancel", bob), 404, "ORDER_NOT_FOUND");
    }

    @Test
    void v1PagesByOffsetWithATotalAndV2ByCursor() {
        for (int i = 0; i < 5; i++) {
            create(ada, BODY);
            fixture.clock.advance(java.time.Duration.ofSeconds(1));
        }
        create(bob, BODY);

        HttpResponse<String> v1 = get(ORDERS + "?limit=2&offset=1", ada);
        assertThat(v1.headers().firstValue("X-Total-Count")).contains("5");
        assertThat(api.json(v1)).hasSize(2);
        assertThat(get(ORDERS + "?status=paid", ada).headers().firstValue("X-Total-Count")).contains("0");
        assertError(get(ORDERS + "?status=lost", ada), 422, "VALIDATION_ERROR");

        List<Long> seen = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < 5 && cursor != null; page++) {
            JsonNode body = api.json(get("/api/v2/orders?limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor), ada));
            body.get("items").forEach(order -> seen.add(order.get("id").asLong()));
            cursor = body.get("next_cursor").isNull() ? null : body.get("next_cursor").asText();
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void aTamperedCursorIsRefused() {
        create(ada, BODY);
        create(ada, BODY);
        String cursor = api.json(get("/api/v2/orders?limit=1", ada)).get("next_cursor").asText();
        String tampered = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("A") ? "BB" : "AA");

        assertError(get("/api/v2/orders?cursor=" + tampered, ada), 422, "VALIDATION_ERROR");
        assertError(get("/api/v2/orders?cursor=not-a-cursor", ada), 422, "VALIDATION_ERROR");
    }

    @Test
    void v1ListsEveryInvalidQueryParameterOnceWithItsReason() {
        JsonNode error = assertError(get(ORDERS + "?status=lost&user_id=0&offset=99999999999999999999&limit=abc", admin),
                422, "VALIDATION_ERROR");

        assertThat(error.get("details")).extracting(d -> d.get("field").asText())
                .containsExactly("status", "user_id", "offset", "limit");
        assertThat(error.get("details")).extracting(d -> d.get("message").asText() + " / " + d.get("type").asText())
                .endsWith("must be between 1 and 9223372036854775807 / out_of_range",
                        "must be between 0 and 9223372036854775807 / out_of_range",
                        "must be an integer / invalid_type");
    }

    @Test
    void v2ListsEveryInvalidQueryParameterOnceWithItsReason() {
        JsonNode error = assertError(get("/api/v2/orders?status=lost&user_id=x&limit=1001&cursor=not-a-cursor", admin),
                422, "VALIDATION_ERROR");

        assertThat(error.get("details")).extracting(d -> d.get("field").asText())
                .containsExactly("status", "user_id", "limit", "cursor");
        assertThat(error.get("details")).extracting(d -> d.get("message").asText() + " / " + d.get("type").asText())
                .endsWith("must be an integer / invalid_type", "must be between 1 and 1000 / out_of_range",
                        "is not a cursor this API issued / invalid_cursor");
    }

    @Test
    void anEmptyCursorAsksForTheFirstPage() {
        create(ada, BODY);

        HttpResponse<String> first = get("/api/v2/orders?cursor=&limit=%201%20", ada);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(api.json(first).get("items")).hasSize(1);
    }

    private HttpResponse<String> create(String bearer, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", bearer));
        all.addAll(List.of(headers));
        return api.send("POST", ORDERS, "application/json", body, all.toArray(String[]::new));
    }

    private HttpResponse<String> placeFor(long owner, String bearer, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", bearer));
        all.addAll(List.of(headers));
        return api.send("POST", "/api/v1/users/" + owner + "/orders", "application/json", body,
                all.toArray(String[]::new));
    }

    private HttpResponse<String> get(String path, String bearer) {
        return api.get(path, "Authorization", bearer);
    }

    private HttpResponse<String> post(String path, String bearer) {
        return api.send("POST", path, null, null, "Authorization", bearer);
    }
}
