package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.persistence.DatabaseUrl;
import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.testkit.concurrency.Concurrently;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instances started together on an empty database (a fresh deployment scaled out from the start) all come up, and
 * each migration is applied exactly once: they create the database and migrate it in turns.
 */
class ConcurrentStartEndToEndTest {

    private static final int INSTANCES = 5;

    @TempDir
    Path workingDirectory;

    @RepeatedTest(3)
    void fiveInstancesStartedAtOnceOnAnEmptyDatabaseAllComeUpAndMigrateOnce() throws Exception {
        String database = "orderdesk_start_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = TestDatabase.serverUrlNaming(database);
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        List<EndToEndSupport> started = new ArrayList<>();
        try {
            started.addAll(Concurrently.run(INSTANCES, () -> {
                try {
                    // Small pools: instances × pool size must stay within PostgreSQL's max_connections.
                    return new EndToEndSupport(workingDirectory, Clock.systemUTC(), Map.of("DATABASE_URL", url,
                            "DATABASE_POOL_SIZE", "2", "DATABASE_MAX_OVERFLOW", "4"));
                } catch (RuntimeException failure) {
                    failures.add(failure);
                    return null;
                }
            }).stream().filter(Objects::nonNull).toList());

            assertThat(failures).isEmpty();
            assertThat(started).hasSize(INSTANCES).allSatisfy(instance ->
                    assertThat(instance.send("GET", "/health/ready", null).statusCode()).isEqualTo(200));
            assertThat(appliedChangesets(url)).containsExactly(
                    "001-users", "002-refresh-tokens", "003-orders", "004-attempts", "005-order-placed-by");
        } finally {
            started.forEach(EndToEndSupport::close);
            TestDatabase.executeOnServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static List<String> appliedChangesets(String url) throws SQLException {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(parsed.jdbcUrl(), parsed.credentials());
             Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id FROM orderdesk_databasechangelog ORDER BY orderexecuted")) {
            while (rows.next()) {
                ids.add(rows.getString("id"));
            }
        }
        return ids;
    }
}
