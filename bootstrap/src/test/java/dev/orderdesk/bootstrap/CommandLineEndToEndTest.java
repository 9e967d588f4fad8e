package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderdesk.adapter.cli.OrderdeskCli;
import dev.orderdesk.adapter.cli.Terminal;
import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.migrations.Migrations;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line and the HTTP API on one PostgreSQL database: what the operator does, clients feel at once. */
class CommandLineEndToEndTest {

    @TempDir
    Path workingDirectory;

    private EndToEndSupport service;
    private final Map<String, String> environment = new HashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void dbStatusMigrateAndCheckOnAFreshDatabase() {
        String database = "orderdesk_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        environment.putAll(Map.of("ENVIRONMENT", "test", "BCRYPT_COST", "4",
                "DATABASE_URL", TestDatabase.serverUrlNaming(database)));
        try {
            assertThat(cli("db", "status")).isEqualTo(1);
            assertThat(out.toString()).contains("pending  dev/orderdesk/migrations/changes/001-users.sql");
            // Reading the status wrote nothing: the database still does not exist.
            assertThat(cli("check")).isEqualTo(1);
            assertThat(err.toString()).contains("database: " + database + " does not exist; run: orderdesk migrate");
            assertThat(cli("users", "list")).isEqualTo(1);
            assertThat(err.toString().strip()).isEqualTo(
                    "The database has " + Migrations.changesets().size() + " pending changesets; run: orderdesk migrate");

            assertThat(cli("migrate")).as(err.toString()).isZero();

            assertThat(cli("db", "status")).isZero();
            assertThat(out.toString()).contains("applied  dev/orderdesk/migrations/changes/003-orders.sql").contains("Up to date");
            assertThat(cli("check")).as(err.toString()).isZero();
        } finally {
            TestDatabase.executeOnServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void migrateDbStatusCheckAndCommandsWorkInTheConfiguredSchema() {
        String database = "orderdesk_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        environment.putAll(Map.of("ENVIRONMENT", "test", "BCRYPT_COST", "4", "DATABASE_SCHEMA", "shop",
                "DATABASE_URL", TestDatabase.serverUrlNaming(database)));
        try {
            assertThat(cli("migrate")).as(err.toString()).isZero();

            assertThat(cli("db", "status")).isZero();
            assertThat(out.toString()).contains("applied  dev/orderdesk/migrations/changes/001-users.sql")
                    .contains("Up to date");
            assertThat(cli("check")).as(err.toString()).isZero();
            assertThat(cli("create-admin", "--email", "ops@example.org", "--name", "Ops")).as(err.toString()).isZero();
            assertThat(cli("users", "list")).isZero();
            assertThat(out.toString()).contains("ops@example.org");
            environment.remove("DATABASE_SCHEMA");
            assertThat(cli("db", "status")).as("public holds nothing of Orderdesk's").isEqualTo(1);
            assertThat(out.toString()).contains("pending  dev/orderdesk/migrations/changes/001-users.sql");
        } finally {
            TestDatabase.executeOnServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void deactivationThroughTheCommandLineRefusesTheUsersAccessTokenOverHttp() {
        service = new EndToEndSupport(workingDirectory);
        service.send("POST", "/api/v1/users", "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"ada-password\"}");
        String bearer = service.bearer("ada@example.org", "ada-password");
        assertThat(service.send("GET", "/api/v1/users/me", null, "Authorization", bearer).statusCode()).isEqualTo(200);

        assertThat(cli("users", "deactivate", "ADA@example.org")).as(err.toString()).isZero();

        HttpResponse<String> refused = service.send("GET", "/api/v1/users/me", null, "Authorization", bearer);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(service.json(refused).at("/error/code").asText()).isEqualTo("INVALID_TOKEN");
        assertThat(cli("users", "list")).isZero();
        assertThat(out.toString()).contains("root@example.org").doesNotContain("ada@example.org");
        assertThat(cli("users", "activate", "ada@example.org")).isZero();
        assertThat(cli("users", "set-role", "ada@example.org", "admin")).isZero();
        String again = service.bearer("ada@example.org", "ada-password");
        assertThat(service.send("GET", "/api/v1/users", null, "Authorization", again).statusCode()).isEqualTo(200);
        assertThat(cli("users", "set-role", "nobody@example.org", "admin")).isEqualTo(67);
        assertThat(err.toString()).contains("USER_NOT_FOUND");
    }

    @Test
    void createAdminThroughTheCommandLineCanLogInOverHttpAndATakenEmailExits73() {
        service = new EndToEndSupport(workingDirectory);

        assertThat(cli("create-admin", "--email", "ops@example.org", "--name", "Ops")).as(err.toString()).isZero();
        assertThat(cli("create-admin", "--email", "OPS@example.org", "--name", "Ops")).isEqualTo(73);

        String bearer = service.bearer("ops@example.org", "ops-password-cli");
        assertThat(service.send("GET", "/api/v1/users", null, "Authorization", bearer).statusCode()).isEqualTo(200);
        assertThat(cli("db", "status")).isZero();
        assertThat(cli("check")).as(err.toString()).isZero();
    }

    @Test
    void ordersPlacedForAUserByTheOperatorAndByAnAdminAreTheUsersAndSayWhoPlacedThem() {
        service = new EndToEndSupport(workingDirectory);
        service.send("POST", "/api/v1/users", "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"ada-password\"}");
        String ada = service.bearer("ada@example.org", "ada-password");
        String root = service.bearer(EndToEndSupport.ADMIN_EMAIL, EndToEndSupport.ADMIN_PASSWORD);
        long adaId = service.json(service.send("GET", "/api/v1/users/me", null, "Authorization", ada)).get("id").asLong();

        assertThat(cli("orders", "place", "--for", "ada@example.org", "--currency", "EUR", "--line", "A-1:2:150",
                "--idempotency-key", "phone-1")).as(err.toString()).isZero();
        assertThat(cli("orders", "place", "--for", "ada@example.org", "--currency", "EUR", "--line", "A-1:2:150",
                "--idempotency-key", "phone-1")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Already placed");
        HttpResponse<String> byAdmin = service.send("POST", "/api/v1/users/" + adaId + "/orders",
                "{\"currency\":\"EUR\",\"items\":[{\"sku\":\"B-2\",\"quantity\":1,\"unit_price\":99}]}",
                "Authorization", root);
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(201);

        JsonNode adasOrders = service.json(service.send("GET", "/api/v2/orders", null, "Authorization", ada));
        assertThat(adasOrders.get("items")).hasSize(2);
        assertThat(adasOrders.at("/items/0/placed_by/kind").asText()).isEqualTo("admin");
        assertThat(adasOrders.at("/items/0/placed_by/user_id").asLong())
                .isEqualTo(service.json(service.send("GET", "/api/v1/users/me", null, "Authorization", root)).get("id").asLong());
        assertThat(adasOrders.at("/items/1/placed_by/kind").asText()).isEqualTo("operator");
        assertThat(adasOrders.at("/items/1/placed_by/user_id").isNull()).isTrue();
        assertThat(adasOrders.at("/items/1/total").asLong()).isEqualTo(300);
        assertThat(service.send("POST", "/api/v1/users/" + adaId + "/orders",
                "{\"currency\":\"EUR\",\"items\":[{\"sku\":\"B-2\",\"quantity\":1,\"unit_price\":99}]}",
                "Authorization", ada).statusCode()).isEqualTo(403);
    }

    /** Runs one command; {@code out} and {@code err} then hold that command's output only. */
    private int cli(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        if (service != null) {
            environment.putAll(service.environment());
        }
        environment.put("ADMIN_PASSWORD", "ops-password-cli");
        return OrderdeskCli.run(args, new CommandLineOperations(environment, workingDirectory, true),
                new Terminal(environment, question -> Optional.empty(), new PrintWriter(out, true),
                        new PrintWriter(err, true)));
    }
}
