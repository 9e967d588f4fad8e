package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.testkit.concurrency.Concurrently;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service, started by bootstrap on a random port against a fresh PostgreSQL database. */
class UsersEndToEndTest {

    @TempDir
    static Path workingDirectory;

    private static EndToEndSupport service;

    @BeforeAll
    static void start() {
        service = new EndToEndSupport(workingDirectory, Clock.systemUTC(), Map.of());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void registersFetchesAndListsAUser() {
        HttpResponse<String> created = service.send("POST", "/api/v1/users/",
                "{\"email\":\"  Grace@Example.org\",\"name\":\"Grace Hopper\",\"password\":\"cobol-forever\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode user = service.json(created);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/v1/users/" + user.get("id").asLong());
        assertThat(created.body()).doesNotContain("cobol-forever").doesNotContain("$2a$");

        String grace = service.bearer("grace@example.org", "cobol-forever");
        HttpResponse<String> fetched = service.send("GET", location, null, "Authorization", grace);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(service.json(fetched)).isEqualTo(user);

        HttpResponse<String> listed = service.send("GET", "/api/v1/users?limit=1000", null, "Authorization",
                service.bearer(EndToEndSupport.ADMIN_EMAIL, EndToEndSupport.ADMIN_PASSWORD));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(service.json(listed).findValuesAsText("email")).contains("grace@example.org");
        assertThat(Long.parseLong(listed.headers().firstValue("X-Total-Count").orElseThrow()))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void fiftyConcurrentRegistrationsOfOneEmailGiveExactlyOneCreated() throws Exception {
        int attempts = 50;
        AtomicInteger spelling = new AtomicInteger();

        List<Integer> results = Concurrently.run(attempts, () -> {
            String email = spelling.getAndIncrement() % 2 == 0 ? "race@example.org" : "RACE@Example.org";
            return service.send("POST", "/api/v1/users",
                    "{\"email\":\"" + email + "\",\"name\":\"Racer\",\"password\":\"fast-and-furious\"}").statusCode();
        });

        assertThat(results).filteredOn(s -> s == 201).hasSize(1);
        assertThat(results).filteredOn(s -> s == 409).hasSize(attempts - 1);
    }

    @Test
    void reportsLiveAndReadyWithTheDatabaseCheck() {
        HttpResponse<String> ready = service.send("GET", "/health/ready", null);

        assertThat(service.send("GET", "/health/live", null).statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(service.json(ready).at("/checks/database").asText()).isEqualTo("up");
    }

    @Test
    void answersBadInputAndUnknownRoutesInTheEnvelope() {
        String admin = service.bearer(EndToEndSupport.ADMIN_EMAIL, EndToEndSupport.ADMIN_PASSWORD);
        assertThat(service.send("GET", "/api/v1/users/999999", null, "Authorization", admin).statusCode()).isEqualTo(404);
        assertThat(service.send("GET", "/api/v1/users/abc", null, "Authorization", admin).statusCode()).isEqualTo(422);
        assertThat(service.send("GET", "/api/v1/missing", null).statusCode()).isEqualTo(404);
        HttpResponse<String> nul = service.send("POST", "/api/v1/users",
                "{\"email\":\"nul@example.org\",\"name\":\"N\\u0000L\",\"password\":\"password-123\"}");
        assertThat(nul.statusCode()).isEqualTo(422);
        assertThat(service.json(nul).at("/error/details/0/field").asText()).isEqualTo("name");
    }

    @Test
    void passwordsBeyondSeventyTwoBytesAreAcceptedAndStoredHashedNeverInTheClear() {
        String password = "\uD83D\uDD11".repeat(64);
        HttpResponse<String> created = service.send("POST", "/api/v1/users",
                "{\"email\":\"keys@example.org\",\"name\":\"Keys\",\"password\":\"" + password + "\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
