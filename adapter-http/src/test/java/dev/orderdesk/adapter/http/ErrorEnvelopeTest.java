package dev.orderdesk.adapter.http;

import static dev.orderdesk.adapter.http.UserRoutesTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.AuthUseCases;
import dev.orderdesk.application.OrderUseCases;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.UserUseCases;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.health.Readiness;
import dev.orderdesk.application.port.in.order.ListOrdersUseCase;
import dev.orderdesk.application.port.in.order.OrderSlice;
import dev.orderdesk.application.port.in.user.CreateAdminUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderCursor;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every failure, Javalin's own included, answers in the one envelope and leaks nothing. */
class ErrorEnvelopeTest {

    private static final String USER_JSON = "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"correct horse\"}";

    private static final Caller ADMIN = new Caller(UserId.of(1), Role.ADMIN);

    private final RunningApi api = new RunningApi(new UseCases(new UserUseCases(
            command -> {
                throw new IllegalStateException("secret internals: connection string postgres://u:pw@db");
            },
            (caller, id) -> {
                throw new DomainException(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable, try again shortly");
            },
            (caller, email) -> {
                throw new IllegalStateException("not used");
            },
            (caller, page) -> new Page<>(List.of(), 0),
            (caller, command) -> {
                throw new IllegalStateException("not used");
            },
            (caller, id, command) -> {
                throw new IllegalStateException("not used");
            },
            new CreateAdminUseCase() {
                @Override
                public User create(RegisterUserCommand command) {
                    throw new IllegalStateException("not used");
                }

                @Override
                public Optional<User> createIfNoAdminExists(RegisterUserCommand command) {
                    throw new IllegalStateException("not used");
                }
            }),
            new AuthUseCases(
                    command -> {
                        throw new RateLimitedException(ErrorCode.SERVER_BUSY, "Too many password checks", Duration.ofSeconds(1));
                    },
                    token -> {
                        throw new IllegalStateException("not used");
                    },
                    token -> { },
                    token -> ADMIN,
                    address -> { }),
            new OrderUseCases(
                    (caller, command, key) -> {
                        throw new IllegalStateException("not used");
                    },
                    (caller, id) -> {
                        throw new IllegalStateException("not used");
                    },
                    new ListOrdersUseCase() {
                        @Override
                        public Page<Order> list(Caller caller, OrderQuery query, PageRequest page) {
                            throw new IllegalStateException("not used");
                        }

                        @Override
                        public OrderSlice listAfter(Caller caller, OrderQuery query, Optional<OrderCursor> after,
                                                    int limit) {
                            throw new IllegalStateException("not used");
                        }
                    },
                    (caller, id, action) -> {
                        throw new IllegalStateException("not used");
                    },
                    (caller, owner, command, key) -> {
                        throw new IllegalStateException("not used");
                    }),
            () -> new Readiness(Map.of("database", false))),
            256, List.of());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void unknownRoutesAnswer404InTheEnvelope() {
        assertError(api.get("/api/v1/nothing-here"), 404, "NOT_FOUND");
        assertError(api.get("/"), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodsAnswer405InTheEnvelope() {
        assertError(api.send("DELETE", "/api/v1/users", null, null), 405, "METHOD_NOT_ALLOWED");
        assertError(api.send("PUT", "/api/v1/users/1", "application/json", "{}"), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void unexpectedFailuresAnswer500WithoutLeakingTheirText() {
        HttpResponse<String> response = api.postJson("/api/v1/users", USER_JSON);

        assertError(response, 500, "INTERNAL_ERROR");
        assertThat(response.body()).doesNotContain("secret").doesNotContain("postgres").doesNotContain("Exception");
    }

    @Test
    void anUnavailableDatabaseAnswers503() {
        assertError(api.get("/api/v1/users/1", "Authorization", "Bearer any"), 503, "SERVICE_UNAVAILABLE");
    }

    @Test
    void requestsTheWebServerRejectsItselfAnswerInTheEnvelopeAndCloseTheConnection() {
        HttpResponse<String> undecodable = api.send("PATCH", "/api/v1/users/%00", null, null);
        assertError(undecodable, 400, "BAD_REQUEST");
        assertThat(undecodable.headers().firstValue("Connection")).contains("close");

        assertError(api.get("/api/v1/users?limit=" + "9".repeat(20_000)), 414, "URI_TOO_LONG");
        assertError(api.send("PATCH", "/api/v1/users/me", null, null, "Authorization", "Bearer " + "a".repeat(20_000)),
                431, "HEADERS_TOO_LARGE");
    }

    @Test
    void aBusyServerAnswers503WithRetryAfter() {
        HttpResponse<String> response = api.postJson("/api/v1/auth/login", "{\"email\":\"a@example.org\",\"password\":\"pw\"}");

        assertError(response, 503, "SERVER_BUSY");
        assertThat(response.headers().firstValue("Retry-After")).contains("1");
    }

    @Test
    void oversizedBodiesAnswer413() {
        String big = "{\"email\":\"ada@example.org\",\"name\":\"" + "a".repeat(400) + "\",\"password\":\"correct horse\"}";

        assertError(api.postJson("/api/v1/users", big), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void echoesASaneRequestIdAndReplacesAnInsaneOne() {
        HttpResponse<String> sane = api.get("/api/v1/users", "X-Request-ID", "trace-123.abc");
        HttpResponse<String> insane = api.get("/api/v1/users", "X-Request-ID", "evil value\" with spaces");

        assertThat(sane.headers().firstValue("X-Request-ID")).contains("trace-123.abc");
        assertThat(insane.headers().firstValue("X-Request-ID")).hasValueSatisfying(id ->
                assertThat(id).matches("[0-9a-f-]{36}"));
        assertThat(assertError(api.get("/nope", "X-Request-ID", "trace-456"), 404, "NOT_FOUND")
                .get("request_id").asText()).isEqualTo("trace-456");
    }

    @Test
    void sendsSecurityHeadersAndNoServerBanner() {
        HttpResponse<String> response = api.get("/api/v1/users");

        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v ->
                assertThat(v).startsWith("max-age="));
    }

    @Test
    void livenessNeedsNoDatabaseAndReadinessReportsTheFailingCheck() {
        HttpResponse<String> live = api.get("/health/live");
        HttpResponse<String> ready = api.get("/health/ready");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"up\"}");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("{\"status\":\"down\",\"checks\":{\"database\":\"down\"}}");
    }

    @Test
    void withMetricsTurnedOffThereIsNoMetricsEndpoint() {
        assertError(api.get("/metrics"), 404, "NOT_FOUND");
    }

    @Test
    void allowsCredentialedCorsOnlyForListedOrigins() {
        HttpResponse<String> listed = api.send("OPTIONS", "/api/v1/users", null, null,
                "Origin", RunningApi.ORIGINS.get(0), "Access-Control-Request-Method", "POST");
        HttpResponse<String> other = api.send("OPTIONS", "/api/v1/users", null, null,
                "Origin", "https://evil.example.com", "Access-Control-Request-Method", "POST");

        assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).contains(RunningApi.ORIGINS.get(0));
        assertThat(listed.headers().firstValue("Access-Control-Allow-Credentials")).contains("true");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void servesRequestsFromUnlistedOriginsWithoutCorsHeadersInsteadOfFailingThem() {
        // A browser sends Origin on same-origin POSTs too (the API docs' login); they must not turn into 400s.
        HttpResponse<String> response = api.get("/health/live", "Origin", "https://docs.example.com");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
