package dev.orderdesk.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * How Orderdesk connects to PostgreSQL from its settings: the pool's configuration, one-off connections bounded by the
 * same timeouts (creating the database, the account-change listener's own connection).
 */
final class DatabaseConnections {

    private DatabaseConnections() {
    }

    /**
     * Connects once, waiting at most the settings' connect timeout, and says whether the database exists.
     *
     * @return false when the server answers but has no database of that name
     * @throws DatabaseConnectionException when the server cannot be reached or refuses us
     */
    static boolean databaseExists(DatabaseSettings settings) {
        DatabaseUrl url = settings.url();
        try (Connection existing = DriverManager.getConnection(url.jdbcUrl(), connectOnce(settings, url))) {
            return true;
        } catch (SQLException e) {
            if ("3D000".equals(e.getSQLState())) { // invalid catalog name: no such database
                return false;
            }
            throw new DatabaseConnectionException(url, e);
        }
    }

    /**
     * Creates the database named in the URL when it does not exist yet. Only then does it connect to the server's
     * {@code postgres} database, so credentials limited to the service's own database work when it exists.
     *
     * @throws DatabaseConnectionException when the server cannot be reached or refuses us
     */
    static void createDatabaseIfMissing(DatabaseSettings settings) {
        if (databaseExists(settings)) {
            return;
        }
        DatabaseUrl maintenance = settings.url().withDatabase("postgres");
        try (Connection connection = DriverManager.getConnection(maintenance.jdbcUrl(), connectOnce(settings, maintenance));
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, settings.url().databaseName());
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + quoteIdentifier(settings.url().databaseName()));
            }
        } catch (SQLException e) {
            // 42P04 (or 23505 when the two CREATEs race inside the catalog): another instance created it between our
            // check and our CREATE; that is what we wanted.
            if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw new DatabaseConnectionException(maintenance, e);
            }
        }
    }

    /**
     * The account-change listener's own connection, outside the pool: named so an operator (or a test) can find it
     * in {@code pg_stat_activity}.
     */
    static Connection listenerConnection(DatabaseSettings settings) throws SQLException {
        Properties properties = connectOnce(settings, settings.url());
        properties.setProperty("ApplicationName", listenerName(settings));
        return DriverManager.getConnection(settings.url().jdbcUrl(), properties);
    }

    /**
     * What PostgreSQL shows as {@code application_name} for the account-change listener of pools with these settings.
     */
    static String listenerName(DatabaseSettings settings) {
        return settings.applicationName() + " account changes";
    }

    /** The credentials plus the pool's own limits, so one connection attempt can never hang. */
    private static Properties connectOnce(DatabaseSettings settings, DatabaseUrl url) {
        Properties properties = url.credentials();
        String connectSeconds = String.valueOf(Math.max(1, settings.connectionTimeout().toSeconds()));
        properties.setProperty("connectTimeout", connectSeconds);
        properties.setProperty("loginTimeout", connectSeconds);
        properties.setProperty("socketTimeout", String.valueOf(Math.max(1, settings.socketTimeout().toSeconds())));
        return properties;
    }

    static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(settings.poolName());
        config.setJdbcUrl(settings.url().jdbcUrl());
        // Hikari sets it on every new connection and puts it back on any a caller changed.
        settings.schema().ifPresent(config::setSchema);
        config.setDataSourceProperties(settings.url().credentials());
        config.setMinimumIdle(settings.poolSize());
        config.setMaximumPoolSize(settings.poolSize() + settings.maxOverflow());
        // Fail fast instead of Hikari's 30 s default: a sick database must not hang requests.
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 2_000));
        long socketSeconds = Math.max(1, settings.socketTimeout().toSeconds());
        config.addDataSourceProperty("socketTimeout", String.valueOf(socketSeconds));
        config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, settings.connectionTimeout().toSeconds())));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        // The driver's own default, pinned: a statement's fifth execution on a connection makes it a named server-side
        // prepared statement, parsed and planned once per pooled connection from then on. With a few long-lived
        // connections every hot statement gets there within seconds, so 1 would save only those first four parses;
        // 0 (never prepare) is only for a pooler in transaction mode, which Orderdesk does not use.
        config.addDataSourceProperty("prepareThreshold", "5");
        config.addDataSourceProperty("ApplicationName", settings.applicationName());
        return config;
    }

    private static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
