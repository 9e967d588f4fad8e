package dev.orderdesk.migrations;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database on the real PostgreSQL for one test, dropped after it (register it as an instance field with
 * {@code @RegisterExtension}). The server comes from
 * {@code TEST_DATABASE_URL} (default: the local one); if it cannot be reached the test fails saying how to start it.
 */
final class ScratchDatabase implements AfterEachCallback {

    private static final String DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test";

    private final String name = "migrations_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    ScratchDatabase() {
        executeOnServer("CREATE DATABASE " + name);
    }

    /** Connections whose search path is the server's default ({@code "$user", public}). */
    DataSource dataSource() {
        return atUrl(jdbcUrl(name));
    }

    /** Connections whose current schema is {@code schema}, as a URL's {@code currentSchema} makes it. */
    DataSource dataSource(String schema) {
        String url = jdbcUrl(name);
        return atUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    void execute(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on the scratch database: " + e.getMessage(), e);
        }
    }

    /** The first column of every row, as text. */
    List<String> column(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on the scratch database: " + e.getMessage(), e);
        }
    }

    /** The tables of {@code schema}, sorted. */
    List<String> tables(String schema) {
        return column("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                + "' ORDER BY table_name");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        executeOnServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static DataSource atUrl(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }

    private static void executeOnServer(String sql) {
        String url = jdbcUrl(serverDatabase());
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
                throw new IllegalStateException("SQL failed on the test server: " + e.getMessage(), e);
            }
            throw new IllegalStateException("""
                    Cannot use the test PostgreSQL (%s).
                    These tests need a real PostgreSQL. Start the local one with:
                        pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                    or point TEST_DATABASE_URL at another server, e.g. postgresql://user:pass@host:5432/test"""
                    .formatted(e.getMessage()), e);
        }
    }

    private static String rawServerUrl() {
        return System.getenv().getOrDefault("TEST_DATABASE_URL", DEFAULT_URL);
    }

    private static String serverDatabase() {
        return URI.create(rawServerUrl().replaceFirst("^jdbc:", "")).getPath().replaceFirst("^/", "");
    }

    /** A JDBC URL naming {@code database} on the test server, credentials as URL parameters. */
    private static String jdbcUrl(String database) {
        String raw = rawServerUrl();
        if (raw.startsWith("jdbc:")) {
            return raw.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + database);
        }
        URI uri = URI.create(raw);
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(uri.getHost())
                .append(':').append(uri.getPort() == -1 ? 5432 : uri.getPort()).append('/').append(database);
        if (uri.getUserInfo() != null) {
            String[] credentials = uri.getUserInfo().split(":", 2);
            url.append("?user=").append(credentials[0]);
            if (credentials.length == 2) {
                url.append("&password=").append(credentials[1]);
            }
        }
        return url.toString();
    }
}
