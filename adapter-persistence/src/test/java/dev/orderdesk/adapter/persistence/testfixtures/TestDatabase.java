package dev.orderdesk.adapter.persistence.testfixtures;

import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.persistence.DatabaseUrl;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import dev.orderdesk.migrations.Migrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A private schema on the real PostgreSQL for one test class, migrated by Liquibase exactly as in production.
 *
 * <p>The server comes from {@code TEST_DATABASE_URL} (default: the local {@code test} database). If it cannot
 * be reached the test fails, saying how to start one; it is never skipped.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test";

    private final DatabaseUrl server;
    private final String schema;
    private final JdbiPersistence persistence;

    private TestDatabase(DatabaseUrl server, String schema) {
        this.server = server;
        this.schema = schema;
        this.persistence = JdbiPersistence.open(settings(schemaUrl(server, schema)));
        Migrations.apply(persistence.dataSource());
    }

    /** Creates and migrates a fresh schema named after the test class. */
    public static TestDatabase forClass(Class<?> testClass) {
        DatabaseUrl server = serverUrl();
        String schema = ("t_" + testClass.getSimpleName() + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        execute(server, "CREATE SCHEMA " + schema);
        return new TestDatabase(server, schema);
    }

    /** The test server: {@code TEST_DATABASE_URL}, by default the local {@code test} database. */
    public static DatabaseUrl serverUrl() {
        return DatabaseUrl.parse(rawServerUrl());
    }

    /** The test server's URL, in the form it was given, naming another database (for end-to-end tests). */
    public static String serverUrlNaming(String database) {
        return rawServerUrl().replaceFirst("^((?:jdbc:)?postgres(?:ql)?://[^/]*/)[^?]*", "$1" + database);
    }

    private static String rawServerUrl() {
        return System.getenv().getOrDefault("TEST_DATABASE_URL", DEFAULT_URL);
    }

    /** Settings for a small pool on the given database that never retries connecting: an outage fails at once. */
    public static DatabaseSettings settings(DatabaseUrl url) {
        return new DatabaseSettings(url, 4, 16, Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ZERO);
    }

    /** The adapter on this schema, as production opens it. */
    public JdbiPersistence persistence() {
        return persistence;
    }

    /** Stores a fresh user, for tests of tables that reference users. */
    public UserId newUser() {
        String email = "u" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        return persistence.transactions().inTransaction(() -> persistence.users().add(NewUser.register(
                Email.parse(email), UserName.parse("Test user"), new PasswordHash("h"), Instant.now())))
                .orElseThrow().id();
    }

    /** The URL of this schema, for tests that connect on their own. */
    public DatabaseUrl url() {
        return schemaUrl(server, schema);
    }

    /** The name of this test class's schema. */
    public String schema() {
        return schema;
    }

    /** Runs SQL in this schema, for arranging states the ports cannot produce. */
    public void execute(String sql) {
        execute(schemaUrl(server, schema), sql);
    }

    @Override
    public void close() {
        persistence.close();
        execute(server, "DROP SCHEMA " + schema + " CASCADE");
    }

    private static DatabaseUrl schemaUrl(DatabaseUrl server, String schema) {
        String separator = server.jdbcUrl().contains("?") ? "&" : "?";
        return new DatabaseUrl(server.jdbcUrl() + separator + "currentSchema=" + schema,
                server.user(), server.password(), server.databaseName());
    }

    /** Runs SQL on the test server's own database (for creating and dropping whole databases). */
    public static void executeOnServer(String sql) {
        execute(serverUrl(), sql);
    }

    /** Runs a query answering one number on the test server's own database (for looking at pg_stat_activity). */
    public static int countOnServer(String sql) {
        DatabaseUrl url = serverUrl();
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.credentials());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on the test database: " + e.getMessage(), e);
        }
    }

    private static void execute(DatabaseUrl url, String sql) {
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.credentials());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
                throw new IllegalStateException("SQL failed on the test database: " + e.getMessage(), e);
            }
            throw new IllegalStateException("""
                    Cannot use the test PostgreSQL at %s (%s).
                    These tests need a real PostgreSQL. Start the local one with:
                        pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                    or point TEST_DATABASE_URL at another server, e.g. postgresql://user:pass@host:5432/test"""
                    .formatted(url, e.getMessage()), e);
        }
    }
}
