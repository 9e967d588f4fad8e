package dev.orderdesk.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.adapter.http.testing.TestHttpClient;
import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The real application on a random port against a fresh database on the test PostgreSQL, plus a plain client. */
final class EndToEndSupport implements AutoCloseable {

    private final String database = "orderdesk_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Application application;
    private final TestHttpClient client;
    private final Map<String, String> environment;

    static final String ADMIN_EMAIL = "root@example.org";
    static final String ADMIN_PASSWORD = "root-password-e2e";
    static final String SECRET_KEY = "e2e-secret-key-of-at-least-32-bytes!!";

    EndToEndSupport(Path workingDirectory, Clock clock, Map<String, String> extraEnvironment) {
        this(workingDirectory, clock, extraEnvironment, UnaryOperator.identity());
    }

    /** {@code rewriteDatabaseUrl} lets a test route the service's database traffic, e.g. through a proxy. */
    EndToEndSupport(Path workingDirectory, Clock clock, Map<String, String> extraEnvironment,
                    UnaryOperator<String> rewriteDatabaseUrl) {
        Map<String, String> environment = new HashMap<>();
        environment.put("ENVIRONMENT", "test");
        environment.put("PORT", "0");
        environment.put("HOST", "127.0.0.1");
        environment.put("BCRYPT_COST", "4");
        environment.put("SECRET_KEY", SECRET_KEY);
        environment.put("PASSWORD_PEPPER", "e2e-pepper-of-at-least-32-bytes-long!");
        environment.put("DATABASE_URL", rewriteDatabaseUrl.apply(TestDatabase.serverUrlNaming(database)));
        environment.put("SHUTDOWN_GRACE", "0");
        environment.put("SHUTDOWN_TIMEOUT", "5");
        environment.put("FIRST_ADMIN_EMAIL", ADMIN_EMAIL);
        environment.put("FIRST_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.putAll(extraEnvironment);
        this.environment = Map.copyOf(environment);
        this.application = Application.start(SettingsLoader.load(environment, workingDirectory).settings(), clock);
        this.client = new TestHttpClient(application::port);
    }

    EndToEndSupport(Path workingDirectory) {
        this(workingDirectory, Clock.systemUTC(), Map.of());
    }

    /** Logs in and returns the {@code Authorization} header value for the access token. */
    String bearer(String email, String password) {
        HttpResponse<String> response = send("POST", "/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (response.statusCode() != 200) {
            throw new AssertionError("login failed: " + response.statusCode() + " " + response.body());
        }
        return "Bearer " + json(response).get("access_token").asText();
    }

    /** Sends a request, as JSON when it has a body; {@code headers} are name/value pairs. */
    HttpResponse<String> send(String method, String path, String body, String... headers) {
        return client.send(method, path, body == null ? null : "application/json", body, headers);
    }

    /** Sends a request exactly as given, content type included (null sends none). */
    HttpResponse<String> sendRaw(String method, String path, String contentType, String body, String... headers) {
        return client.send(method, path, contentType, body, headers);
    }

    JsonNode json(HttpResponse<String> response) {
        return client.json(response);
    }

    /** The environment the service was started with, for a command line run against the same database. */
    Map<String, String> environment() {
        return environment;
    }

    String databaseName() {
        return database;
    }

    @Override
    public void close() {
        application.close();
        dropDatabase();
    }

    private void dropDatabase() {
        TestDatabase.executeOnServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
}
