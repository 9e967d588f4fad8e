package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Metrics an operator scrapes, and logs that never carry a secret, through the whole service. */
class ObservabilityEndToEndTest {

    @TempDir
    static Path workingDirectory;

    private static EndToEndSupport service;
    private static final List<String> JSON_LINES = new CopyOnWriteArrayList<>();
    private static final AppenderBase<ILoggingEvent> CAPTURE = new AppenderBase<>() {
        private final LogstashEncoder encoder = new LogstashEncoder();

        @Override
        public void start() {
            encoder.setContext(getContext());
            encoder.start();
            super.start();
        }

        @Override
        protected void append(ILoggingEvent event) {
            JSON_LINES.add(new String(encoder.encode(event), StandardCharsets.UTF_8));
        }
    };

    @BeforeAll
    static void start() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        CAPTURE.setContext(root.getLoggerContext());
        CAPTURE.start();
        root.addAppender(CAPTURE);
        service = new EndToEndSupport(workingDirectory);
    }

    @AfterAll
    static void stop() {
        service.close();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .detachAppender(CAPTURE);
    }

    @Test
    void noSecretEverReachesALogLine() {
        String password = "very-secret-password-42";
        service.send("POST", "/api/v1/users",
                "{\"email\":\"logs@example.org\",\"name\":\"Logs\",\"password\":\"" + password + "\"}");
        service.send("POST", "/api/v1/auth/login", "{\"email\":\"logs@example.org\",\"password\":\"wrong-" + password + "\"}");
        JsonNode tokens = service.json(service.send("POST", "/api/v1/auth/login",
                "{\"email\":\"logs@example.org\",\"password\":\"" + password + "\"}"));
        String access = tokens.get("access_token").asText();
        String refresh = tokens.get("refresh_token").asText();
        service.send("GET", "/api/v1/users/me", null, "Authorization", "Bearer " + access);
        service.send("POST", "/api/v1/auth/refresh", "{\"refresh_token\":\"" + refresh + "\"}");
        service.send("POST", "/api/v1/auth/refresh", "{\"refresh_token\":\"" + refresh + "\"}");

        assertThat(JSON_LINES).isNotEmpty();
        assertThat(JSON_LINES).anySatisfy(line -> assertThat(line)
                .contains("\"route\":\"/api/v1/users/me\"").contains("\"user_id\"").contains("\"request_id\""));
        for (String line : JSON_LINES) {
            assertThat(line).doesNotContain(password).doesNotContain(access).doesNotContain(refresh)
                    .doesNotContain("e2e-secret-key").doesNotContain("e2e-pepper").doesNotContainIgnoringCase("bearer ey");
        }
    }

    @Test
    void metricsCoverRequestsByRouteTheSqlPoolTheJvmAndTheBusiness() {
        service.send("POST", "/api/v1/users",
                "{\"email\":\"metrics@example.org\",\"name\":\"Metrics\",\"password\":\"metrics-password\"}");
        service.send("GET", "/api/v1/users/123", null);

        HttpResponse<String> metrics = service.send("GET", "/metrics", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/users/{id}\",status=\"401\"}")
                .contains("http_server_requests_seconds_bucket")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes")
                .contains("jvm_gc_")
                .contains("jvm_threads_live_threads")
                .contains("orderdesk_users_registered_total")
                .contains("orderdesk_logins_total")
                .doesNotContain("route=\"/api/v1/users/123\"");
    }

    @Test
    void metricsCountLogLinesDroppedByAFullLogQueue() {
        HttpResponse<String> metrics = service.send("GET", "/metrics", null);

        assertThat(metrics.body()).containsPattern("(?m)^orderdesk_log_dropped_total [0-9.E]+$");
    }
}
