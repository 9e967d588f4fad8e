package org.example.host;

import dev.orderdesk.adapter.persistence.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh, empty database on the local PostgreSQL for one test class, dropped afterwards. The server is
 * {@code postgresql://postgres@127.0.0.1:5432/postgres} unless {@code EXAMPLE_DATABASE_SERVER_URL} names another.
 */
final class ScratchDatabase implements AutoCloseable {

    private final DatabaseUrl server;
    private final String name;

    ScratchDatabase(String name) {
        this.server = DatabaseUrl.parse(System.getenv().getOrDefault("EXAMPLE_DATABASE_SERVER_URL",
                "postgresql://postgres@127.0.0.1:5432/postgres"));
        this.name = name;
        onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        onServer("CREATE DATABASE " + name);
    }

    /** The JDBC URL of the scratch database. */
    String jdbcUrl() {
        return server.jdbcUrl().replace("/" + server.databaseName(), "/" + name);
    }

    String user() {
        return server.user();
    }

    @Override
    public void close() {
        onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void onServer(String sql) {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.credentials());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must run on " + server.jdbcUrl() + " for this example's tests "
                    + "(start it, or set EXAMPLE_DATABASE_SERVER_URL): " + e.getMessage(), e);
        }
    }
}
