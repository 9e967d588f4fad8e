package dev.orderdesk.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One connection's session while it migrates a schema: holds the schema's migration lock, points the search path at
 * the schema, and on {@link #close()} puts the connection back as it found it, so a pooled connection (the host's,
 * perhaps) goes back to its pool unchanged.
 *
 * <p>The lock is a PostgreSQL advisory lock held by the session: Liquibase's own lock table cannot protect its own
 * creation, and two first starts on an empty database used to race creating it. It is keyed by the schema, so
 * migrations of different schemas do not wait for each other, and it is released when the session ends, even after
 * a crash.
 */
final class MigrationSession implements AutoCloseable {

    /** The first half of the advisory lock's key, "ordm" (Orderdesk migrate); the second is the schema's hash. */
    private static final int LOCK_CLASS = 0x6f72646d;

    private final Connection connection;
    private final String schema;
    private final boolean autoCommit;
    private final String searchPath;

    private MigrationSession(Connection connection, String schema, boolean autoCommit, String searchPath) {
        this.connection = connection;
        this.schema = schema;
        this.autoCommit = autoCommit;
        this.searchPath = searchPath;
    }

    /** Waits for the schema's migration lock, then creates the schema if it is missing and makes it current. */
    static MigrationSession open(Connection connection, String schema) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        // Each step below must take effect at once; Liquibase then commits its own work.
        connection.setAutoCommit(true);
        MigrationSession session = new MigrationSession(connection, schema, autoCommit, setting(connection));
        advisoryLock(connection, schema, "pg_advisory_lock");
        try {
            createIfMissing(connection, schema);
            useSearchPath(connection, SchemaName.quoted(schema));
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** Restores the search path and the commit mode, then releases the lock. */
    @Override
    public void close() throws SQLException {
        try {
            // Liquibase leaves auto-commit off; whatever a failed step left uncommitted is discarded, not committed.
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            useSearchPath(connection, searchPath);
        } finally {
            advisoryLock(connection, schema, "pg_advisory_unlock");
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Checks first: CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege on the database even when it exists. */
    private static void createIfMissing(Connection connection, String schema) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            exists.setString(1, schema);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE SCHEMA " + SchemaName.quoted(schema));
        }
    }

    private static String setting(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT current_setting('search_path')");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }

    private static void useSearchPath(Connection connection, String searchPath) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            set.setString(1, searchPath);
            set.execute();
        }
    }

    private static void advisoryLock(Connection connection, String schema, String function) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT " + function + "(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            // String.hashCode is specified, so every instance computes the same key; a collision only serialises.
            lock.setInt(2, schema.hashCode());
            lock.execute();
        }
    }
}
