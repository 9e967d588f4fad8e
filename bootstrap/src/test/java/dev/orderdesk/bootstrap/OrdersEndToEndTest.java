package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.testkit.concurrency.Concurrently;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orders through the whole service on PostgreSQL, races included. */
class OrdersEndToEndTest {

    private static final String BODY = "{\"currency\":\"EUR\",\"items\":[{\"sku\":\"A-1\",\"quantity\":3,\"unit_price\":250}]}";

    @TempDir
    static Path workingDirectory;

    private static EndToEndSupport service;
    private static String ada;
    private static String bob;
    private static String admin;

    @BeforeAll
    static void start() {
        service = new EndToEndSupport(workingDirectory);
        ada = userBearer("ada-orders@example.org");
        bob = userBearer("bob-orders@example.org");
        admin = service.bearer(EndToEndSupport.ADMIN_EMAIL, EndToEndSupport.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void createGetListAndMoveAnOrderWhileOthersCannotSeeIt() {
        HttpResponse<String> created = service.send("POST", "/api/v1/orders", BODY, "Authorization", ada);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(service.json(created).get("total").asLong()).isEqualTo(750);

        assertThat(service.send("GET", location, null, "Authorization", ada).statusCode()).isEqualTo(200);
        assertThat(service.send("GET", location, null, "Authorization", bob).statusCode()).isEqualTo(404);
        assertThat(service.send("POST", location + "/pay", null, "Authorization", bob).statusCode()).isEqualTo(404);
        assertThat(service.send("POST", location + "/pay", null, "Authorization", ada).statusCode()).isEqualTo(200);
        assertThat(service.send("POST", location + "/ship", null, "Authorization", ada).statusCode()).isEqualTo(403);
        assertThat(service.send("POST", location + "/ship", null, "Authorization", admin).statusCode()).isEqualTo(200);
        assertThat(service.send("POST", location + "/deliver", null, "Authorization", admin).statusCode()).isEqualTo(200);
        assertThat(service.send("POST", location + "/cancel", null, "Authorization", ada).statusCode()).isEqualTo(409);

        HttpResponse<String> bobsList = service.send("GET", "/api/v1/orders", null, "Authorization", bob);
        assertThat(service.json(bobsList).findValuesAsText("id")).isEmpty();
    }

    @Test
    void twentyConcurrentPostsWithOneKeyCreateExactlyOneOrder() throws Exception {
        List<HttpResponse<String>> responses = Concurrently.run(20, () ->
                service.send("POST", "/api/v1/orders", BODY, "Authorization", ada, "Idempotency-Key", "race-key-1"));

        Set<Long> ids = new HashSet<>();
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
            if (response.statusCode() == 201) {
                ids.add(service.json(response).get("id").asLong());
            }
        }
        assertThat(ids).hasSize(1);
        HttpResponse<String> replay = service.send("POST", "/api/v1/orders", BODY, "Authorization", ada,
                "Idempotency-Key", "race-key-1");
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(service.json(replay).get("id").asLong()).isEqualTo(ids.iterator().next());
    }

    @Test
    void ofConcurrentTransitionsFromOneStateExactlyOneSucceeds() throws Exception {
        String location = service.send("POST", "/api/v1/orders", BODY, "Authorization", ada)
                .headers().firstValue("Location").orElseThrow();

        List<HttpResponse<String>> responses = Concurrently.run(10, () ->
                service.send("POST", location + "/cancel", null, "Authorization", admin));

        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409).hasSize(9);
        JsonNode order = service.json(service.send("GET", location, null, "Authorization", ada));
        assertThat(order.get("status").asText()).isEqualTo("cancelled");
        assertThat(order.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void v2CursorPagingHasNoDuplicatesOrGapsWhileNewOrdersArrive() {
        String carol = userBearer("carol-orders@example.org");
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(service.json(service.send("POST", "/api/v1/orders", BODY, "Authorization", carol)).get("id").asLong());
        }

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = service.json(service.send("GET", "/api/v2/orders?limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor), null, "Authorization", carol));
            page.get("items").forEach(order -> seen.add(order.get("id").asLong()));
            // New orders arriving mid-walk land before the cursor and must not disturb the rest of the walk.
            service.send("POST", "/api/v1/orders", BODY, "Authorization", carol);
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);

        List<Long> expected = new ArrayList<>(created);
        Collections.reverse(expected);
        assertThat(seen.subList(seen.size() - expected.size(), seen.size())).isEqualTo(expected);
        assertThat(seen).doesNotHaveDuplicates();
    }

    private static String userBearer(String email) {
        HttpResponse<String> registered = service.send("POST", "/api/v1/users",
                "{\"email\":\"" + email + "\",\"name\":\"Buyer\",\"password\":\"buyer-password\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return service.bearer(email, "buyer-password");
    }
}
